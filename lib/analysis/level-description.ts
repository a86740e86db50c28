/**
 * The level a posting's description names for the role: "we are looking for a Software Dev Engineer II",
 * "As a Senior TPM you will", "A Software Development Engineer-III on the team".
 *
 * What: reads the job name after "looking for / hiring / seeking / as / is / join us as" + "a(n)",
 * up to the next punctuation or linking word, and reads its level words as a title would be read.
 * Why: many titles carry no level while the first paragraph does; it is the same statement, made in
 * the text. Only phrases with a job noun count, so "a senior leader" or "a level of convenience" do not.
 * Known false positives: a description that names another role ("you will work as a partner to a
 * Senior Manager") when that role follows one of the lead-in verbs.
 */
import type { TitleCue } from './level-title';
import { titleLevel } from './level-title';
import type { RoleFamily } from '../families/ids';

const leadIn =
  /(?:\b(?:looking\s+for|hiring|seeking|searching\s+for|as|is|be|join\s+(?:us|our\s+team)\s+as)\s+an?|(?:^|[.!?\n]\s*)an?)\s+((?:[\w.&/+-]+[ \t\n]+){0,7}?[\w.&/+-]+?)(?=\s*(?:[,;:()!?]|(?<!\b(?:sr|jr|snr))\.\s|\s(?:to|who|that|with|in|on|for|at|and|you|will|where|within|based)\b|$))/gi;
const jobNoun =
  /\b(?:engineer|manager|scientist|SDE|SDET|SDM|TPM|BIE|QAE|analyst|architect|designer|developer|specialist|associate|consultant|recruiter|lead)\b/i;
const window = 2_500;

/** The level the description names for this job, or null when it names none. */
export function descriptionLevel(description: string, family: RoleFamily): TitleCue | null {
  for (const m of description.slice(0, window).matchAll(leadIn)) {
    const phrase = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    if (!jobNoun.test(phrase)) continue;
    const cue = titleLevel(phrase, family);
    if (cue?.strength === 'stated' && cue.band !== 'intern')
      return {
        ...cue,
        reason: cue.reason.replace(
          /^The title says/,
          `The description names the role “${phrase}”, which says`,
        ),
      };
  }
  return null;
}
