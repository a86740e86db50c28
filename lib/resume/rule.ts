import type { Opener } from './opener';
import type { Finding, RuleId } from './schema';

/** What every bullet rule sees: the text, its words, its opener and where it sits. */
export interface BulletInput {
  text: string;
  tokens: string[];
  opener: Opener;
  /** True inside the current role, where present tense is right. */
  current: boolean;
  /** False for text that is mostly not in the Latin script: verb rules then stay silent. */
  english: boolean;
}

export interface BulletRule {
  id: RuleId;
  check: (input: BulletInput) => Finding | undefined;
}
