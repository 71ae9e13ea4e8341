// Every extension storage item, defined once with its type.

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
} as const;

export interface StorageShape {
  [KEYS.effective]: EffectivePolicy;
  [KEYS.local]: PolicyInput;
  [KEYS.status]: PolicyStatus;
  [KEYS.uiLang]: 'auto' | 'ja' | 'en';
  [KEYS.lineageCount]: number;
}


