import { trimEndMatching } from '../text/trim-end';
/**
 * Spots a "why Amazon" that any candidate could say about any company ("great company",
 * "innovative culture", "big brand"), and whether a reason names something specific: a product
 * or service, a team, or a proper noun. Recruiters hear the generic lines all day; a named
 * product the candidate uses at scale is what makes the reason theirs.
 * Known false positives: a proper noun that is not a product ("I moved to Seattle") counts as
 * specific; a generic phrase we do not list passes as not generic.
 */

const genericPatterns: readonly RegExp[] = [
  /\bgreat (company|place to work|brand|culture|opportunit(y|ies)|people)\b/i,
  /\b(innovative|amazing|great|awesome|unique|strong) (company |work )?culture\b/i,
  /\blove (the|your|its|amazon'?s) (culture|company|brand|values|mission)\b/i,
  /\b(big|huge|global|well[- ]known|famous|top|biggest|leading|prestigious) (brand|company|name|tech company|employer)\b/i,
  /\bdream (company|job|employer)\b/i,
  /\bbest (company|place|employer)\b/i,
  /\b(innovative|innovation|cutting[- ]edge|world[- ]class|fast[- ]paced)\b/i,
  /\b(career|personal) (growth|development)\b|\bgrowth opportunit(y|ies)\b/i,
  /\b(smart|smartest|talented|brilliant) (people|colleagues|engineers)\b/i,
  /\b(reputation|prestige)\b/i,
  /\bleadership principles\b/i,
  /\bcustomer[- ]obsess(ed|ion)\b/i,
  // Shopping on Amazon is what every customer does; it says nothing about this role.
  /\b(?:use|shop (?:at|on)|buy (?:from|on|at)|order (?:from|on)|love) amazon\b/i,
  /\b(?:buy|order|get) (?:everything|all my \w+|most things) (?:there|on amazon|from amazon)\b/i,
];

/** "Amazon", "Amazon.com": the company's own name is never the specific thing a reason names. */
export function isCompanyName(name: string): boolean {
  return /^(?:the\s+)?amazon(?:\.com|\s+(?:inc|app|website|store|shopping))?\.?$/i.test(
    name.trim(),
  );
}

/** Amazon products and services; capitalised names only, matched case-sensitively. */
const amazonNames: readonly string[] = [
  'AWS',
  'S3',
  'EC2',
  'Lambda',
  'DynamoDB',
  'SageMaker',
  'Bedrock',
  'Redshift',
  'Aurora',
  'CloudFront',
  'Kinesis',
  'SQS',
  'SNS',
  'Fargate',
  'ECS',
  'EKS',
  'Prime',
  'Prime Video',
  'Alexa',
  'Echo',
  'Kindle',
  'Fire TV',
  'Audible',
  'Twitch',
  'Ring',
  'Whole Foods',
  'Zappos',
  'IMDb',
  'Amazon Music',
  'Amazon Pay',
  'Amazon Fresh',
  'Marketplace',
  'Seller Central',
  'Kuiper',
  'Zoox',
  'One Medical',
  'eero',
  'Blink',
  'Logistics',
];

/** Words that start with a capital but name nothing specific. */
const notSpecific = new Set([
  'I',
  'Amazon',
  "Amazon's",
  'Amazonian',
  'Leadership',
  'Principles',
  'LP',
  'LPs',
  'Day',
]);

export function genericPhrase(reason: string): string | null {
  for (const re of genericPatterns) {
    const m = re.exec(reason);
    if (m) return m[0];
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hasName(text: string, name: string, caseSensitive: boolean): boolean {
  const n = name.trim();
  if (!n) return false;
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escapeRe(n)}($|[^\\p{L}\\p{N}])`,
    caseSensitive ? 'u' : 'iu',
  ).test(text);
}

/** A proper noun that does not open a sentence: "the Payments team", "I stream on Twitch". */
function properNoun(text: string): string | null {
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = trimEndMatching(words[i]!.replace(/^[^\p{L}\p{N}]+/u, ''), /[^\p{L}\p{N}']/u);
    const previous = words[i - 1]!;
    if (/[.!?:]$/.test(previous)) continue;
    if (/^\p{Lu}/u.test(word) && !notSpecific.has(word)) return word;
  }
  return null;
}

/**
 * The specific thing a reason names, checked against the user's own products and the posting's
 * team, then known Amazon names, then any mid-sentence proper noun; null when it names nothing.
 */
export function specificName(reason: string, known: readonly string[]): string | null {
  for (const name of known)
    if (!isCompanyName(name) && hasName(reason, name, false)) return name.trim();
  for (const name of amazonNames) if (hasName(reason, name, true)) return name;
  const team = /\b(the\s+)?([\p{L}\p{N}-]+)\s+(team|org|organi[sz]ation|service)\b/iu.exec(reason);
  if (team && /^\p{Lu}/u.test(team[2]!)) return team[2]!;
  return properNoun(reason);
}
