/**
 * Does a sentence state a measurable outcome? Looks for numbers tied to a result (42%, 3x, $1.2M,
 * 40 ms, 12 customers, "from 9 to 2"), written multipliers ("doubled", "halved") and written counts
 * ("three teams"). Used by the story checks on the Result; lib/resume has its own bullet-level
 * detector with different trade-offs.
 * Known false positives: a bare count that is not an outcome ("a team of 5"), version-like tokens
 * we do not strip ("Java 17"). Known misses: outcomes stated without a number ("customers stopped
 * complaining"), which is why the check asks for one.
 */
const countNouns =
  '(users?|customers?|clients?|people|engineers?|teams?|tickets?|incidents?|bugs?|requests?|orders?|pages?|services?|servers?|hosts?|sellers?|accounts?|dollars?|points?|releases?|deployments?|calls?|queries|errors?|hours?|days?|weeks?|months?)';
const writtenNumbers =
  '(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)';

const patterns: readonly RegExp[] = [
  /\bfrom\s+\S*\d\S*\s+(\S+\s+)?to\s+\S*\d[\d,.]*/i,
  /\d[\d,.]*\s*(%|percent\b|pp\b|x\b|×)/i,
  /[$€£¥₹]\s?\d[\d,.]*(\s*(k|m|mm|bn|b|million|billion)\b)?/i,
  /\b\d[\d,.]*\s*(k|m|mm|bn|b)\b/i,
  /\b\d[\d,.]*\s*(ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b/i,
  new RegExp(`\\b\\d[\\d,.]*\\s*(\\w+\\s+)?${countNouns}\\b`, 'i'),
  /\b(doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|by half|in half|to zero)\b/i,
  new RegExp(`\\b${writtenNumbers}\\s+(of\\s+)?(\\w+\\s+)?${countNouns}\\b`, 'i'),
  /\b(top|rank(ed)?|#)\s*\d+\b/i,
];

/** The first phrase in `text` that reads as a measured outcome, or null. */
export function findMetric(text: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

export function hasMetric(text: string): boolean {
  return findMetric(text) !== null;
}
