// What every guard in the content script gets: the page's label, the policy, and a way to report.
import type { Classifier, PageLabel } from '@/utils/classify';
import type { ActiveGrant } from '@/utils/decide';
import type { DestinationClassifier } from '@/utils/destinations';
import type { EventInput } from '@/utils/events/event';
import type { Lang, Policy } from '@/utils/policy/types';

export interface GuardContext {
  readonly policy: Policy;
  readonly classifier: Classifier;
  readonly destinations: DestinationClassifier;
  readonly lang: Lang;
  /** This frame's current label (URL, signals and content). */
  readonly label: PageLabel;
  /** Label rank > lowest: the page holds company data. */
  readonly classified: boolean;
  readonly isTop: boolean;
  /** Grants the background verified for this user (decide() checks their times); every guard passes these. */
  readonly grants: ActiveGrant[];
  /** The user is on the watch list now; every guard passes this. */
  readonly watchlisted: boolean;
  /** Called after the label or the policy changed. */
  onChange(fn: () => void): void;
  /** Sends one event to the background log (fire and forget; the background never loses it once received). */
  record(e: EventInput): void;
}

/** One guard per channel. `init` runs once per frame, right after the first classification. */
export interface Guard {
  name: string;
  init(gc: GuardContext): void;
}
