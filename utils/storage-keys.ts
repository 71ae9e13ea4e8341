// Every extension storage item, defined once with its type.

import type { GrantPayload } from './exceptions/grant';
import type { PledgeRecords } from './exceptions/pledge';
import type { ExceptionRequest } from './exceptions/request';
import type { PolicyError } from './policy/resolve';
import type { Policy, PolicyInput, PolicySection, PolicySource } from './policy/types';

export interface EffectivePolicy {
  policy: Policy;
  sources: Record<PolicySection, PolicySource>;
  hash: string;
  managed: boolean;
  updatedAt: string;
}

export interface PolicyStatus {
  /** Errors of the most recent document that was refused (empty when all is well). */
  errors: PolicyError[];
  errorSource?: PolicySource;
  errorAt?: string;
  /** Managed storage could not be read at all (e.g. Firefox without policies.json). */
  managedUnavailable?: boolean;
}

/** Keys in storage.local. Content scripts read `effective` at document_start. */
export const KEYS = {
  effective: 'policy.effective',
  local: 'policy.local',
  status: 'policy.status',
  /** UI language chosen on the options page; overrides the browser language. */
  uiLang: 'ui.lang',
  /** How many fingerprints of classified copies the background holds this session (the fingerprints stay there). */
  lineageCount: 'lineage.count',
  /** Verified grants (content scripts read them for decisions; the background re-verifies on every policy change). */
  grants: 'exceptions.grants',
  /** This user's exception requests, pending or answered. */
  requests: 'exceptions.requests',
  /** Pledges accepted, per site. */
  pledges: 'pledge.accepted',
} as const;

export type GrantSource = 'policy' | 'collector' | 'pasted';
export interface StoredGrant {
  code: string;
  source: GrantSource;
  grant: GrantPayload;
  addedAt: number;
}
export interface StoredRequest extends ExceptionRequest {
  code: string;
  /** Sent to the collector as an event (false: no collector was configured). */
  sent: boolean;
}

export interface StorageShape {
  [KEYS.effective]: EffectivePolicy;
  [KEYS.local]: PolicyInput;
  [KEYS.status]: PolicyStatus;
  [KEYS.uiLang]: 'auto' | 'ja' | 'en';
  [KEYS.lineageCount]: number;
  [KEYS.grants]: StoredGrant[];
  [KEYS.requests]: StoredRequest[];
  [KEYS.pledges]: PledgeRecords;
}


