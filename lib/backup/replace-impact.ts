import type { Bank } from './bank-schema';
import {
  bankKinds,
  describeCounts,
  noneRemoved,
  replaceRemovals,
  type KindCounts,
} from './import-export';

/**
 * Everything "Replace everything" with a file would remove or overwrite, for the one question
 * asked before it writes. Counting only the stories the file lacks, it said "nothing removed"
 * while it reverted stories to a backup's older text, replaced the profile and deleted every
 * practice answer the file lacked. `state` fingerprints the bank the question described: the
 * replace goes ahead only on that state (another panel may write while the question is open).
 */
export interface ReplaceImpact {
  removed: KindCounts;
  /** Rows on both sides whose content differs: the file's copy overwrites this one. */
  changed: KindCounts;
  /** Titles of the stories removed and of those overwritten, for the question. */
  removedStories: string[];
  changedStories: string[];
  /** What else the file's copy replaces: the resume, the prep plan, the kept recordings. */
  others: string[];
  state: string;
}

function otherParts(current: Bank, incoming: Bank): string[] {
  const parts: string[] = [];
  if (
    incoming.resume !== undefined &&
    current.resume &&
    incoming.resume?.text !== current.resume.text
  )
    parts.push('your saved resume (it goes to Recently deleted)');
  if (incoming.prep !== undefined && current.prep && !same(incoming.prep, current.prep))
    parts.push('your prep plan');
  if (incoming.recordings !== undefined)
    parts.push(
      incoming.recordings.length === 0
        ? 'your kept recordings (the file holds none)'
        : `your kept recordings (with the ${incoming.recordings.length} in the file)`,
    );
  return parts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedRows<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((r) => [r.id, r]));
  return current.filter((r) => {
    const other = byId.get(r.id);
    return other !== undefined && !same(r, other);
  });
}

/** A short fingerprint of the whole bank (FNV-1a over its JSON): equal banks, equal prints. */
export function bankFingerprint(bank: Bank): string {
  const text = JSON.stringify(bank);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

export function replaceImpact(current: Bank, incoming: Bank): ReplaceImpact {
  const changedStories = changedRows(current.stories, incoming.stories);
  const kept = new Set(incoming.stories.map((s) => s.id));
  return {
    removed: replaceRemovals(current, incoming),
    changed: {
      ...noneRemoved(),
      stories: changedStories.length,
      profile:
        current.profile && incoming.profile && !same(current.profile, incoming.profile) ? 1 : 0,
      postings: changedRows(current.postings, incoming.postings).length,
      plans: changedRows(current.plans, incoming.plans).length,
    },
    removedStories: current.stories
      .filter((s) => !kept.has(s.id))
      .map((s) => s.title)
      .sort(),
    changedStories: changedStories.map((s) => s.title).sort(),
    others: otherParts(current, incoming),
    state: bankFingerprint(current),
  };
}

export const impactsAnything = (impact: ReplaceImpact): boolean =>
  impact.others.length > 0 || bankKinds.some((k) => impact.removed[k] > 0 || impact.changed[k] > 0);

/** “A”, “B” and 3 more. */
function titles(list: readonly string[]): string {
  const shown = list.slice(0, 3).map((t) => `“${t}”`);
  const more = list.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
}

/** "2 stories (“A” and “B”), your profile and 3 practice answers"; empty for none. */
function namedCounts(counts: KindCounts, stories: readonly string[]): string {
  const n = counts.stories;
  const first = n
    ? `${n} ${n === 1 ? 'story' : 'stories'}${stories.length ? ` (${titles(stories)})` : ''}`
    : '';
  const rest = describeCounts({ ...counts, stories: 0 });
  if (!first || !rest) return first || rest;
  return `${first}${rest.includes(' and ') ? ', ' : ' and '}${rest}`;
}

/** The question's sentence: what goes, what is overwritten, each story named. */
export function describeImpact(impact: ReplaceImpact): string {
  const parts: string[] = [];
  const removed = namedCounts(impact.removed, impact.removedStories);
  if (removed) parts.push(`remove ${removed}, which the file does not have`);
  const changed = namedCounts(impact.changed, impact.changedStories);
  if (changed) parts.push(`overwrite ${changed} with the file's copies`);
  if (impact.others.length) parts.push(`replace ${impact.others.join(', ')}`);
  return `Replace everything will ${parts.join(', and ')}. This cannot be undone.`;
}
