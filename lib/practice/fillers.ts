/**
 * Filler words in a spoken answer: "um", "uh", "erm", "you know", "basically", "kind of"/"sort
 * of" as hedges, and "like" as a filler. Interviewers hear a filler every few seconds as
 * uncertainty, and a transcript makes them countable.
 * "like" counts only where it is padding: after a comma or a sentence start, before a comma, or
 * right after "um"/"uh" ("it was, like, slow"), not "I would like" or "looks like a leak".
 * "kind of" counts unless it names a kind ("what kind of", "this kind of"); "you know" unless it
 * asks or introduces a clause ("do you know", "you know what/how/that").
 * Known misses: "like" mid-phrase without commas ("it was like slow") is not counted.
 */
const patterns: readonly { label: string; re: RegExp }[] = [
  { label: 'um', re: /\b(?:um+|erm+|uh+m*)\b/gi },
  {
    label: 'you know',
    re: /(?<!\b(?:do|did|would|if|don't|didn't)\s)\byou know\b(?!\s+(?:how|what|that|where|why|who|when|if|whether)\b)/gi,
  },
  { label: 'basically', re: /\bbasically\b/gi },
  {
    label: 'kind of',
    re: /(?<!\b(?:what|this|that|a|the|any|some|one|every|same|which|no|these|those)\s)\b(?:kind|sort) of\b/gi,
  },
  { label: 'like', re: /(?:^|[,.!?]\s*|\b(?:um+|uh+)\s+)like\b|\blike(?=,)/gim },
];

export interface FillerCount {
  /** All fillers found. */
  count: number;
  /** Each kind found, most frequent first, as "um (3)". */
  kinds: { label: string; count: number }[];
}

/** How many fillers the answer has, by kind. */
export function countFillers(text: string): FillerCount {
  const kinds = patterns
    .map(({ label, re }) => ({ label, count: (text.match(re) ?? []).length }))
    .filter((k) => k.count > 0)
    .sort((a, b) => b.count - a.count);
  return { count: kinds.reduce((n, k) => n + k.count, 0), kinds };
}

/** True when the clause holds at least one filler. */
export function hasFiller(clause: string): boolean {
  return patterns.some(({ re }) => {
    re.lastIndex = 0;
    return new RegExp(re.source, 'im').test(clause);
  });
}
