import { hasMetric } from '../text/metric';
import { starParts, type StarPart } from '../stories/schema';
import { clausesOfText } from '../text/clauses';
import { countWords } from '../text/speaking';

/**
 * Reads a spoken or typed answer as STAR: each clause goes to Situation, Task, Action or Result
 * by its cues, in the order answers are told. Clauses before the first task or first-person
 * action are the set-up (Situation); "my job was to…", "I had to…" are the Task; "I/we" with a
 * verb is Action; after an action, a clause with a measured outcome or a result cue ("as a
 * result", "dropped", "saved") is the Result. A transcript has no headings, so this is a guess
 * from wording, which is why the feedback quotes the clauses it placed.
 * Known false positives: an early "I built…" about background is read as Action; a result told
 * without a number or result word stays in the Action.
 */

export interface AnswerClause {
  part: StarPart;
  text: string;
  words: number;
}

const taskCue =
  /\b(my (job|task|goal|role|brief|mandate) (was|became)|i (needed|had|was asked|was tasked|was responsible|was expected|wanted) to|the (goal|ask|task|target) was|i owned|i was on the hook)\b/i;
/** "My task was to…" names the task wherever it comes, even after a set-up told with "we noticed". */
const namedTask = /\bmy (job|task|goal|role|brief|mandate) (was|became)\b/i;
/** Verbs that set the scene rather than act: "we noticed", "I joined a team that…". */
const notActionVerbs =
  /^(was|am|were|had|have|think|guess|mean|remember|believe|suppose|know|felt|worked at|joined|noticed|saw|realized|realised|inherited|heard|learned|learnt|arrived|lost|faced|struggled|used to)\b/i;
/** A clause of fillers alone ("Um.", "uh, you know") says nothing to place or quote. */
const fillerOnly =
  /^(?:\s*(?:um+|uh+m*|erm+|er|ah+|you know|like|so|basically|well)\b[\s,.!?]*)+$/i;
const firstPerson = /\b(?:I|we)(?:'ve|'d)?\s+(?:also\s+|then\s+|first\s+|quickly\s+)?(\w+)/;
const resultCue =
  /\b(as a result|in the end|the result|the outcome|by the end|since then|afterwards|ended up|(dropped|fell|rose|grew|increased|decreased|reduced|cut|saved|improved|doubled|halved|tripled|went from|went down|stopped|disappeared|better|faster|cheaper|fewer|shipped on time|launched|hit|beat|exceeded|won|lost|missed))\b/i;

/** "and walked the analysts through it": an action that shares the previous clause's "I". */
const continuedAction =
  /^(?:and|then|and then)\s+(?:[a-z]{3,}ed|wrote|built|led|made|ran|took|got|found|sent|set|cut|brought|taught|drove|spoke|gave|kept|held|began|chose|grew|won|met|sold|went|did)\b/i;

function isAction(clause: string): boolean {
  if (continuedAction.test(clause.trim())) return true;
  const m = firstPerson.exec(clause);
  return m !== null && !notActionVerbs.test(m[1] ?? '');
}

/**
 * A clause of fillers alone ("Um", "uh, you know") joins the clause it leads into, so a quote
 * shows the phrase it sat in ("Um, so I rewrote the loader"); one at the very end is dropped.
 */
function withFillersInPlace(clauses: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const clause of clauses) {
    if (fillerOnly.test(clause)) pending = pending ? `${pending}, ${clause}` : clause;
    else {
      // "Um. So, um, …" keeps its full stop, "um, and I …" its comma.
      const joint = /^\p{Lu}/u.test(clause) && !/^I\b/.test(clause) ? '. ' : ', ';
      out.push(pending ? `${pending}${joint}${clause}` : clause);
      pending = '';
    }
  }
  return out;
}

/** Each clause of the answer with the STAR part it reads as, in order. */
export function answerClauses(text: string): AnswerClause[] {
  let phase: StarPart = 'situation';
  let acted = false;
  return withFillersInPlace(clausesOfText(text)).map((clause) => {
    let part: StarPart;
    // A task named before any result is the Task, though it says "faster" or a number.
    if (phase !== 'result' && namedTask.test(clause)) part = 'task';
    // A count inside an action ("I trained the two approvers") is not yet the result.
    else if (acted && (resultCue.test(clause) || (hasMetric(clause) && !isAction(clause))))
      part = 'result';
    else if (!acted && taskCue.test(clause)) part = 'task';
    else if (isAction(clause)) {
      part = 'action';
      acted = true;
    } else part = phase;
    phase = part;
    return { part, text: clause, words: countWords(clause) };
  });
}

/**
 * The measured outcome told inside an action ("I rewrote the loader and cut the job from 9 hours
 * to 40 minutes"): action clauses with a result cue and a number. An answer that tells its result
 * this way has one, though no clause reads as Result alone.
 */
export function outcomeInActions(clauses: readonly AnswerClause[]): string {
  return clauses
    .filter((c) => c.part === 'action' && resultCue.test(c.text) && hasMetric(c.text))
    .map((c) => c.text)
    .join('. ');
}

export interface PartShare {
  part: StarPart;
  words: number;
  /** 0..1 of the answer's words. */
  share: number;
}

/** Words and share of the answer per STAR part, in STAR order (parts not found have 0). */
export function partShares(clauses: readonly AnswerClause[]): PartShare[] {
  const total = clauses.reduce((n, c) => n + c.words, 0);
  return starParts.map((part) => {
    const words = clauses.filter((c) => c.part === part).reduce((n, c) => n + c.words, 0);
    return { part, words, share: total === 0 ? 0 : words / total };
  });
}
