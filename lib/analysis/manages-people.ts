import type { RoleFamily } from '../families/ids';
import type { Posting } from '../posting/schema';
import type { ManagesPeople } from './schema';
import { trimEndMatching } from '../text/trim-end';

/**
 * The one answer to "does this posting hire a manager of people?", shared by the likely LPs, the
 * interview process and the round planner so the three never disagree. Two kinds of evidence count:
 * a people-leading title (Manager, Sr. Manager, Director, Head of, or the engineering-manager
 * family) and a line asking for people scope ("managing a team of ...", "people management
 * experience", "direct reports"). Titles that say "manager" for individual work (product, program,
 * account ... managers) count only when the posting also asks for people scope.
 */

/** "Manager" titles that name individual work, not a team. */
const individualManager =
  /\b(?:program|programme|product|project|account|partner|category|vendor|marketing|brand|risk|relationship|case|content|community|solutions?|technical|success|campaign|creative|sales|ads|perf|performance|growth|relations|pr|instock|business development)\s+managers?\b/i;
const leaderTitle = /\b(?:manager|director|head of)\b/i;

/**
 * People scope in the posting's own words. Each branch needs people or a team as the object:
 * "manage stakeholders" or "manage a roadmap" is not people scope.
 */
const peopleScope =
  /\b(?:manag(?:e|es|ed|ing)|build(?:ing)? and (?:lead|manag)\w*)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?teams?\s+of\b|\bpeople[-\s]manage(?:ment|rs?)\b|\bmanag(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:people|direct reports)\b|\bdirect reports\b/i;

/** The title's role part: "Senior Manager, Fulfillment" -> "Senior Manager"; the team name is not the job. */
function rolePart(title: string): string {
  return title.split(/,|\s[-–|(]\s?|\s\|/)[0]!.trim();
}

const maxQuote = 120;

/** The clause around a match, trimmed to a quotable length on word boundaries. */
function quote(clause: string, at: number): string {
  const text = trimEndMatching(clause.trim(), /[.,;:]/);
  if (text.length <= maxQuote) return text;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 30)) + 1);
  const end = text.indexOf(' ', Math.min(text.length, start + maxQuote));
  return text.slice(start, end === -1 ? undefined : end).trim();
}

function clauses(posting: Posting): string[] {
  return [
    ...posting.basicQualifications,
    ...posting.preferredQualifications,
    posting.description,
  ].flatMap((text) =>
    text
      .split(/\n+|\s*[•;]\s*|(?<=[.!?])\s+/)
      .map((c) => c.replace(/^[\s\-–*]+/, ''))
      .filter(Boolean),
  );
}

/** At most this many scope lines are quoted: one or two make the point. */
const maxScopeEvidence = 2;

/** Whether the posting hires a manager of people, with the posting's words that decided it. */
export function managesPeople(posting: Posting, family: RoleFamily): ManagesPeople {
  const evidence: string[] = [];
  const role = rolePart(posting.title);
  if (family === 'engineering-manager' || (leaderTitle.test(role) && !individualManager.test(role)))
    evidence.push(posting.title.trim());
  const scope = clauses(posting).flatMap((clause) => {
    const match = peopleScope.exec(clause);
    return match ? [quote(clause, match.index)] : [];
  });
  evidence.push(...[...new Set(scope)].slice(0, maxScopeEvidence));
  return { manages: evidence.length > 0, evidence };
}
