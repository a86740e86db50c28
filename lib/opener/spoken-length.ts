/** Speaking pace for every spoken-time estimate in LoopReady: about 150 words a minute. */
export const wordsPerMinute = 150;
/** The recruiter screen is a conversation: past 2 minutes an opener becomes a monologue. */
export const maxOpenerSeconds = 120;
/** Word targets per variant: short is about 30 s, standard about a minute. */
export const variantWordTargets = { short: 75, standard: 150 } as const;

/** Words a listener hears: tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds to say `words` at the house pace, rounded. */
export function spokenSeconds(words: number): number {
  return Math.round((words / wordsPerMinute) * 60);
}

/** "62 words, about 25 s spoken"; minutes appear past 60 s ("about 1 min 10 s spoken"). */
export function describeLength(words: number, seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const time = m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
  return `${words} ${words === 1 ? 'word' : 'words'}, about ${time} spoken`;
}
