import { irregularPastForms } from './word-lists';

/**
 * Finds a measurable result in a bullet or a story's Result (the one detector for both): %, money, multipliers (3x), numbers with units
 * (200 ms, 5 TB, 10k), counts of things (12 engineers, team of five), ranks (1st place, top 3),
 * and change words (doubled, halved). Versions and product names (Python 3, S3, EC2, GPT-4,
 * C++11, 2FA, Windows 11), years, date ranges and course codes (CS 101) are not results.
 * Known false positives: "Python 3 scripts" (a version before a countable noun reads as a count).
 * A result in words counts too: a duration or a size written out ("after one year", "a six-month
 * backlog", "one day early") and a count brought to nothing ("zero reconciliation breaks").
 * Known misses: results stated only in words ("cut the bill sharply").
 */
const writtenNumbers = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);
/** Units that make a written number a measure ("one year", "six-month backlog"). */
const timeAndSizeUnits =
  'second|minute|hour|day|week|month|quarter|year|sprint|semester|person|people|member|site|country|city|team';
/** "one year", "a week": a span of time after "one" or "a". */
const writtenUnit = /^(?:second|minute|hour|day|week|month|quarter|year|sprint|semester)s?$/i;
/** "six-month", "two-week", "one-day": a written number hyphenated to a unit. */
const writtenHyphenUnit = new RegExp(
  `^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:${timeAndSizeUnits})s?$`,
  'i',
);
/** "zero downtime", "zero-defect release": a count brought to nothing is a result. */
const zeroThing =
  /^zero(?:-(?:downtime|defects?|incidents?|outages?|errors?|bugs?|breaks?|injur(?:y|ies)|accidents?|touch))?$/i;
/** After "zero", words that name a design, not a result ("zero trust", "zero-shot", "zero-copy"). */
const zeroKinds = new Set(['trust', 'shot', 'copy', 'day', 'knowledge', 'based', 'sum', 'padding']);
const changeWords =
  /\b(doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupl(?:ed|ing)|halv(?:ed|ing)|twice|ten-?fold|\d+-fold|percent|percentage points?|(?:by|in) half|to zero)\b/i;
const months = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);
/** Words after a bare number that are not counts ("3rd party", "4th year student"). */
const notCountsAfterOrdinal = new Set([
  'party',
  'year',
  'semester',
  'grade',
  'gen',
  'generation',
  'edition',
  'century',
  'floor',
  'quarter',
]);
/** Capitalised words before a number that still introduce a quantity ("Over 500", "Top 3"). */
const quantityWords = new Set(
  'top over under about around nearly approximately almost than by to of from for across with and in at within rank ranked rated saved reduced cut increased grew among first last only up down some all each every per ~'.split(
    ' ',
  ),
);
const unitSuffix =
  /^[~<>≈]?\d[\d,]*(?:\.\d+)?\+?(?:k|m|mm|bn|b|ms|s|sec|secs|h|hr|hrs|min|mins|gb|mb|tb|kb|pb|gbps|mbps|qps|rps|tps|fps|x|×|k\+|m\+|b\+|%|wh|kwh|mwh|gwh|w|kw|mw|gw|hz|khz|mhz|ghz|v|kv|mah|km|kg|lbs?|t|ft|mi|cm|nm|um|µm|mph|kph|pts?|loc|rpm)\+?$/i;
const plainNumber = /^[~<>≈]?\d[\d,]*(?:\.\d+)?\+?$/;
/** "4-hour process", "30-minute build", "5-person team": a number with a hyphenated unit. */
const hyphenUnit =
  /^\d[\d,.]*-(?:second|minute|hour|day|week|month|year|person|people|member|engineer|node|server|gpu|cpu|core|hour|page|course|country|city|site|store|team)s?$/i;
/** A number of two or more digits hyphenated to a noun ("48,200-record", "150-page"). */
const countedThing = /^\d{1,3}(?:,\d{3})+-[a-z]+$|^\d{2,}-[a-z]+$/i;
/** Hyphenated numbers that name a kind, not a count ("64-bit", "16-core" stays a count). */
const kindsAfterCount = new Set([
  'bit',
  'tier',
  'layer',
  'way',
  'd',
  'step',
  'phase',
  'stage',
  'compliant',
  'based',
  'style',
]);
/** Written numbers that name a kind, not a count ("two player game", "two-factor"). */
const kindsAfterWritten = new Set([
  'player',
  'way',
  'factor',
  'phase',
  'tier',
  'step',
  'dimensional',
  'sided',
  'fold',
]);
const range = /^\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?%?$/;

function isYear(token: string): boolean {
  return /^(19[5-9]\d|20[0-4]\d)$/.test(token);
}
function isCourseOrProduct(prev: string): boolean {
  if (!prev || !/[A-Z]/.test(prev)) return false;
  const lower = prev.toLowerCase().replace(/[^a-z]/g, '');
  // A past-tense verb ("Migrated 40", "Built 12") opens a quantity, not a product name.
  if (quantityWords.has(lower) || /ed$/.test(lower) || irregularPastForms.has(lower)) return false;
  return true;
}
const openers = new Set('("\'[{“‘');
const closers = new Set(')"\']}”’,;:.!?');
/** A token without surrounding brackets, quotes and punctuation. A loop, not a regex: `[.]+$` is quadratic on a long run of dots. */
function clean(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && openers.has(token[start]!)) start++;
  while (end > start && closers.has(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** The words that make a bullet's result measurable, or [] when it has none. */
export function findMetrics(text: string): string[] {
  const found: string[] = [];
  const change = changeWords.exec(text);
  if (change) found.push(change[0]);
  const raw = text.split(/\s+/).filter(Boolean);
  const tokens = raw.map(clean);
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1] ?? '';
    const next = (tokens[i + 1] ?? '').toLowerCase();
    const lower = token.toLowerCase();
    if (/\d/.test(token) && /[%$€£₹]|^#\d/.test(token) && !/^\w+#/.test(token)) {
      found.push(token);
    } else if (hyphenUnit.test(token) || /[=:]~?\d/.test(token.replace(/^\d+:\d+$/, ''))) {
      found.push(token);
    } else if (
      countedThing.test(token) &&
      !isYear(token.split('-')[0] ?? '') &&
      !isCourseOrProduct(prev)
    ) {
      // "48,200-record dataset", "150-page report": a count of things, hyphenated as an adjective.
      const thing = token.split('-').at(-1)?.toLowerCase() ?? '';
      if (!kindsAfterCount.has(thing)) found.push(token);
    } else if (range.test(token)) {
      const [a = '', b = ''] = token.split(/[-–]/);
      if (!isYear(a) && !(isYear(`20${b}`) && isYear(a))) found.push(token);
    } else if (unitSuffix.test(token) && !plainNumber.test(token)) {
      found.push(token);
    } else if (plainNumber.test(token)) {
      if (isYear(token.replace(/\+$/, ''))) return;
      if (months.has(prev.toLowerCase().replace(/\.$/, ''))) return;
      if (/^\d+\.\d+\.\d+/.test(token)) return;
      if (
        isCourseOrProduct(prev) &&
        !/^(users?|customers?|people|engineers?|members?|clients?)$/.test(next)
      )
        return;
      if (raw[i - 1]?.endsWith('-') || /^[-/]/.test(raw[i] ?? '')) return;
      found.push(token);
    } else if (
      /^(first|second|third|1st|2nd|3rd)$/i.test(token) &&
      /^(prize|place|position|rank|runner)/.test(next)
    ) {
      found.push(token);
    } else if (/^\d+(st|nd|rd|th)$/i.test(token)) {
      if (!notCountsAfterOrdinal.has(next.replace(/[^a-z]/g, ''))) found.push(token);
    } else if (
      writtenHyphenUnit.test(token) &&
      !(/^[A-Z]/.test(token) && /^[A-Z]/.test(tokens[i + 1] ?? ''))
    ) {
      found.push(token);
    } else if (
      (lower === 'one' || lower === 'a') &&
      writtenUnit.test(next.replace(/[^a-z]/g, '')) &&
      /^(?:after|in|within|under|than|by|just|only)$/i.test(prev)
    ) {
      // "after one year", "within a week", "in one day": a duration the line measures by.
      found.push(`${token} ${tokens[i + 1] ?? ''}`);
    } else if (
      lower === 'one' &&
      writtenUnit.test(next.replace(/[^a-z]/g, '')) &&
      /^(?:early|ahead|sooner|faster|late)\b/i.test(tokens[i + 2] ?? '')
    ) {
      // "one day early", "one week ahead of schedule".
      found.push(`${token} ${tokens[i + 1] ?? ''}`);
    } else if (
      zeroThing.test(token) &&
      prev.toLowerCase() !== 'net' &&
      (token.includes('-') || (next !== '' && !zeroKinds.has(next.replace(/[^a-z]/g, ''))))
    ) {
      found.push(token);
    } else if (
      writtenNumbers.has(lower) &&
      !/-/.test(raw[i] ?? '') &&
      !kindsAfterWritten.has(next.replace(/[^a-z]/g, '')) &&
      !(/^[A-Z]/.test(token) && i > 0 && /^[A-Z]/.test(tokens[i + 1] ?? ''))
    ) {
      found.push(token);
    }
  });
  return found;
}

export function hasMetric(text: string): boolean {
  return findMetrics(text).length > 0;
}

/** A quote is at most this many words: enough to recognise the sentence, short enough to scan. */
const maxQuoteWords = 15;
const maxQuoteChars = 200;

/**
 * The user's own words that carry the first measurable result: its sentence, or a window of it
 * around the number when the sentence is long ("Latency dropped from 4 s to 900 ms"). Null when
 * there is none. The story form shows it back as "Measured outcome".
 */
export function quoteMetric(text: string): string | null {
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n+/)) {
    const found = findMetrics(sentence)[0];
    if (found === undefined) continue;
    const words = sentence.trim().split(/\s+/);
    const first = found.split(' ')[0]!.toLowerCase();
    const at = Math.max(
      0,
      words.findIndex((w) => w.toLowerCase().includes(first)),
    );
    const start = Math.max(0, Math.min(at - 4, words.length - maxQuoteWords));
    const quote = words
      .slice(start, start + maxQuoteWords)
      .join(' ')
      .replace(/[.,;:!?]$/, '');
    // Fifteen "words" longer than a line are a pasted token: quote the number alone, if it is short.
    if (quote.length <= maxQuoteChars) return quote;
    return found.length <= maxQuoteChars ? found : null;
  }
  return null;
}

/** Words after a number that are not its unit ("30 to 4", "5 and 6"). */
const notUnits = new Set(
  'to and or of in on at by for from with than a an the per vs was were is are we i it that which'.split(
    ' ',
  ),
);

/**
 * The first measurable result said the way a person says it: a bare number keeps the word it
 * counts ("18 months", "40 orders"), since "18" alone means nothing read back. Null when none.
 */
export function metricWithUnit(text: string): string | null {
  const found = findMetrics(text)[0];
  if (found === undefined) return null;
  if (!/^[\d,.]+\+?$/.test(found) && !writtenNumbers.has(found.toLowerCase())) return found;
  const escaped = found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const next = new RegExp(String.raw`(?:^|[^\w.,])${escaped}\s+([A-Za-z][\w-]*)`).exec(text)?.[1];
  return next && !notUnits.has(next.toLowerCase()) ? `${found} ${next}` : found;
}
