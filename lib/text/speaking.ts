/** Speaking pace used for every spoken-time estimate: about 150 words a minute. */
export const wordsPerMinute = 150;
/**
 * The two marks of a spoken answer, for the story checks and the practice timer alike: a STAR answer
 * should take about 75 seconds; past 2 minutes the interviewer starts cutting in.
 */
export const targetSeconds = 75;
export const maxSeconds = 120;
/** Under about 30 seconds a story rarely has room for the Action's detail. */
export const minSeconds = 30;

/** Words a listener hears: tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds to say `words` at the house pace, rounded. */
export function speakingSeconds(words: number): number {
  return Math.round((words / wordsPerMinute) * 60);
}

/** "1 min 15 s", "45 s". */
export function formatSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/**
 * A mark as a sentence says it: whole minutes in words ("2 minutes"), anything else in seconds
 * ("75 s", "30 s"). Messages quote the marks through this, never as typed numbers.
 */
export function formatMark(seconds: number): string {
  if (seconds % 60 !== 0) return `${seconds} s`;
  const m = seconds / 60;
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

/** The marks and the pace as messages quote them: "2 minutes", "2 min", "75 s", "150 words a minute". */
export const spoken = {
  max: formatMark(maxSeconds),
  maxShort: formatSeconds(maxSeconds),
  target: formatMark(targetSeconds),
  min: formatMark(minSeconds),
  pace: `${wordsPerMinute} words a minute`,
} as const;

/** "62 words, about 25 s spoken"; minutes appear past 60 s ("about 1 min 10 s spoken"). */
export function describeLength(words: number, seconds: number): string {
  return `${words} ${words === 1 ? 'word' : 'words'}, about ${formatSeconds(seconds)} spoken`;
}
