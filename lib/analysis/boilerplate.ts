/**
 * Hiring boilerplate, detected a paragraph at a time by what the paragraph is about, not by a list
 * of known sentences: company intros ("About Amazon/AWS", "Earth's most ..."), campus-recruiting
 * paragraphs, perks and career-growth blurbs, EEO, accommodation and privacy notices in any wording.
 *
 * What: each paragraph gets feature counts: legal/HR words (applicants, disability, accommodation,
 * protected, privacy, equal opportunity, inclusive culture, recruiting or hiring decisions), company-praise words
 * (Earth's / world's / most ... company, brands, DNA, pioneer, founded, mission, leader in), perk and
 * campus words (benefits, work-life, career growth, affinity groups, students, graduates, internships),
 * and role-address words (you will, you'll, this role, the team, responsibilities, as a/an). A
 * paragraph is boilerplate when it has a legal/HR feature, or at least two company/perk/campus
 * features and no more role address than company talk.
 * Why: every posting carries these paragraphs, in wordings that change; their words (customers,
 * innovation, ownership) otherwise read as what the role asks for. A team's own mission paragraph
 * ("our team works backwards from sellers") talks about the team, so it stays role text.
 * Known false positives: a role paragraph that praises Amazon twice and never addresses the hire.
 */

const legal = [
  /\bequal\s+(?:employment\s+)?opportunit/i,
  /\binclusive\s+(?:team\s+)?culture\b|\bdiversity,?\s+(?:equity|and\s+inclusion)\b/i,
  /\b(?:applicants?|candidates?)\b[^.]{0,80}\b(?:disabilit|accommodat|protected|law|regardless)/i,
  /\bdisabilit(?:y|ies)\b/i,
  /\b(?:workplace\s+)?accommodations?\b/i,
  /\bprivacy\b|\bpersonal\s+(?:data|information)\b|\bsecurity\s+of\s+your\s+data\b/i,
  /\b(?:recruiting|hiring|employment)\s+decisions?\b/i,
  /\byour\s+application\b|\bcandidate\s+portal\b|\bapplicants?\b/i,
  /\b(?:race|religion|gender\s+identity|sexual\s+orientation|veteran\s+status|national\s+origin)\b/i,
  /\bpay\s+(?:range|transparency)\b|\bbase\s+pay\b|\bequity\s+and\s+benefits\b/i,
];
const company = [
  /\b(?:earth|world)['’]s\s+(?:most|best|largest)\b/i,
  /\bmost\s+(?:customer[-\s]centric|innovative|beloved|admired)\b/i,
  /\b(?:company|our)\s+DNA\b|\bbeloved\s+brands?\b/i,
  /\bpioneer\w*\b|\bfounded\s+in\b|\bsince\s+(?:19|20)\d\d\b/i,
  /\b(?:amazon|aws|amazon\s+web\s+services)\s+(?:is|has\s+been|strives|was|continues)\b/i,
  /\babout\s+(?:amazon|aws|us)\b|\bwhy\s+aws\b/i,
  /\b(?:millions|hundreds\s+of\s+thousands)\s+of\s+(?:customers|businesses|sellers)\b/i,
  /\bhire\s+the\s+best\s+minds\b|\bbrightest\s+minds\b/i,
  /\bleader\s+in\b|\bmost\s+(?:comprehensive|broadly\s+adopted)\b/i,
];
const perks = [
  /\bwork[-\s/]*life\s+(?:balance|harmony|integration)\b/i,
  /\bcareer\s+growth\b|\bmentorship\s+(?:&|and)\s+career\b|\bendless\s+knowledge/i,
  /\bdiverse\s+experiences\b|\baffinity\s+groups?\b|\bemployee[-\s]led\b/i,
  /\bbenefits\b|\bperks\b/i,
  /\b(?:students?|graduates?|universit(?:y|ies)|internships?|campus)\b/i,
  /\bapply\b|\bapplication\b|\bconsidered\s+for\b/i,
];
const roleAddress = [
  /\byou\s+will\b|\byou['’]ll\b|\byou\s+(?:are|have|can)\b/i,
  /\b(?:this|the)\s+(?:role|position|candidate|hire)\b/i,
  /\b(?:our|the|this)\s+(?:team|org(?:anization)?|group)\b/i,
  /\bresponsib\w+\b|\bas\s+an?\s+[A-Z]/i,
];

const count = (patterns: readonly RegExp[], text: string) =>
  patterns.filter((re) => re.test(text)).length;

/**
 * True for one sentence of company praise inside a role paragraph ("At Amazon, our mission is to be
 * the most ... company"): it praises the company and does not address the hire or the team.
 */
export function isCompanyPraise(sentence: string): boolean {
  return count(company, sentence) > 0 && count(roleAddress, sentence) === 0;
}

/** True when the paragraph is hiring boilerplate rather than text about the role. */
export function isBoilerplate(paragraph: string): boolean {
  if (count(legal, paragraph) > 0) return true;
  const about = count(company, paragraph) + count(perks, paragraph);
  return about >= 2 && count(roleAddress, paragraph) < about;
}
