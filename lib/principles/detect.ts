import { principles } from './catalogue';
import type { PrincipleId } from './ids';
import { compileSignals, type SignalMatcher } from './signal-pattern';
import { trimDangling } from '../text/clauses';
import { trimEndMatching } from '../text/trim-end';

/**
 * Finds which Leadership Principles a text hints at by matching each LP's signal phrases
 * (catalogue.ts) on word boundaries, and quotes the words around each hit as evidence.
 * Generic on purpose: used for postings, resume bullets and STAR stories. Scores grow with the
 * number of distinct signals (phrases count more than single words) and saturate towards 1.
 * Known false positives: no negation or sense handling ("no customer data", "model training"),
 * and common words such as "data", "quality" or "impact" fire in any technical text.
 */

export interface DetectedPrinciple {
  id: PrincipleId;
  name: string;
  /** 0..1; saturates, so compare within one text rather than across texts of very different length. */
  score: number;
  /** Snippets quoted from the text, each a matched signal with a few words around it. */
  evidence: string[];
  /** The catalogue signals that matched, in order of first appearance. */
  signals: string[];
}

export interface DetectOptions {
  /** Most snippets kept per LP (default 5). */
  maxEvidence?: number;
  /**
   * How a hit is quoted: `window`, the matched words with up to three words either side (short,
   * for a bullet); `clause`, the whole clause that holds it (for a posting, where a window cuts
   * a qualification mid-phrase: "Exposure to security concepts / best").
   */
  quote?: 'window' | 'clause';
  /**
   * Quote only hits of multi-word signals ("root cause", not "data"): a single skill word in a
   * posting ("distributed systems", "Microsoft Word") is a topic, never an ask. Scores still count
   * every signal.
   */
  phraseQuotesOnly?: boolean;
}

const contextWords = 3;
const contextChars = 50;
const maxSnippet = 80;
const boundary = /[.!?;:\n\r•|()[\]]/;
/** Raw weight at which the score reaches about 0.63. */
const saturation = 3;
/** Extra weight for repeats of an already-seen signal, and the cap on that bonus. */
const repeatBonus = 0.25;
const repeatCap = 1;

const matchers: readonly (SignalMatcher & { id: PrincipleId; name: string; order: number })[] =
  principles.map((p, order) => ({ ...compileSignals(p.signals), id: p.id, name: p.name, order }));

/** Start indices of up to `contextWords` whole words before `start`, nearest last, within one sentence. */
function leftStarts(text: string, start: number): number[] {
  const floor = Math.max(0, start - contextChars);
  const starts: number[] = [];
  let i = start;
  while (starts.length < contextWords) {
    // Spaces only: a quote never reaches back across a line break into the previous bullet.
    while (i > floor && /[ \t]/.test(text[i - 1] ?? '')) i -= 1;
    let j = i;
    while (j > floor && !/\s/.test(text[j - 1] ?? '') && !boundary.test(text[j - 1] ?? '')) j -= 1;
    const whole = j === 0 || /\s/.test(text[j - 1] ?? '') || boundary.test(text[j - 1] ?? '');
    if (j === i || !whole) break;
    starts.push(j);
    i = j;
  }
  return starts;
}

/** End indices of up to `contextWords` whole words after `end`, nearest first, within one sentence. */
function rightEnds(text: string, end: number): number[] {
  const ceiling = Math.min(text.length, end + contextChars);
  const ends: number[] = [];
  let i = end;
  while (ends.length < contextWords) {
    let j = i;
    while (j < ceiling && /[ \t]/.test(text[j] ?? '')) j += 1;
    let k = j;
    while (k < ceiling && !/\s/.test(text[k] ?? '') && !boundary.test(text[k] ?? '')) k += 1;
    const whole = k === text.length || /\s/.test(text[k] ?? '') || boundary.test(text[k] ?? '');
    if (k === j || !whole) break;
    ends.push(k);
    i = k;
  }
  return ends;
}

/** Where the quote for a match starts and ends: whole words only, within one sentence, at most 80 chars. */
function quoteSpan(text: string, start: number, end: number): { from: number; to: number } {
  const lefts = leftStarts(text, start);
  const rights = rightEnds(text, end);
  const span = () => ({ from: lefts.at(-1) ?? start, to: rights.at(-1) ?? end });
  while (span().to - span().from > maxSnippet && lefts.length + rights.length > 0) {
    if (lefts.length >= rights.length) lefts.pop();
    else rights.pop();
  }
  return span();
}

/** A matched phrase with up to three words either side, within one sentence, at most 80 chars. */
export function quoteAround(text: string, start: number, end: number): string {
  const { from, to } = quoteSpan(text, start, end);
  const snippet = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,\-–—"'*]+/, '');
  return trimEndMatching(snippet, /[\s,\-–—"'*]/)
    .slice(0, maxSnippet)
    .trim();
}

function scanOne(
  text: string,
  matcher: (typeof matchers)[number],
  maxEvidence: number,
  byClause: boolean,
  phrasesOnly = false,
): DetectedPrinciple | null {
  const { regex, signals } = matcher;
  const counts = new Map<number, number>();
  const evidence: string[] = [];
  let quotedUpTo = -1;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group += 1;
    const seen = counts.get(group - 1) ?? 0;
    counts.set(group - 1, seen + 1);
    const end = m.index + m[0].length;
    // One quote per signal, skipping matches already inside the previous quote.
    const quotable = !phrasesOnly || /[\s-]/.test(signals[group - 1] ?? '');
    if (seen === 0 && quotable && m.index >= quotedUpTo && evidence.length < maxEvidence) {
      if (byClause) {
        const clause = clauseAround(text, m.index, end);
        if (!evidence.includes(clause)) evidence.push(clause);
      } else {
        evidence.push(quoteAround(text, m.index, end));
        quotedUpTo = quoteSpan(text, m.index, end).to;
      }
    }
  }
  if (counts.size === 0) return null;
  let raw = 0;
  let repeats = 0;
  for (const [index, count] of counts) {
    raw += (signals[index] ?? '').includes(' ') ? 1.5 : 1;
    repeats += count - 1;
  }
  raw += Math.min(repeats * repeatBonus, repeatCap);
  const score = Math.round((1 - Math.exp(-raw / saturation)) * 100) / 100;
  const matched = [...counts.keys()].map((i) => signals[i] ?? '');
  return { id: matcher.id, name: matcher.name, score, evidence, signals: matched };
}

/** LPs the text hints at, each with quoted evidence; sorted by score, then catalogue order. */
export function detectPrinciples(text: string, options: DetectOptions = {}): DetectedPrinciple[] {
  const maxEvidence = options.maxEvidence ?? 5;
  const byClause = options.quote === 'clause';
  const found: { hit: DetectedPrinciple; order: number }[] = [];
  for (const matcher of matchers) {
    const hit = scanOne(text, matcher, maxEvidence, byClause, options.phraseQuotesOnly);
    if (hit) found.push({ hit, order: matcher.order });
  }
  found.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  return found.map((f) => f.hit);
}

const hardEnd = /[!?;\n•·]/;
const maxClause = 160;
/** Words whose full stop does not end a clause. */
const abbreviation = /(?:\be\.g|\bi\.e|\betc|\bvs|\b[SJ]r|\bDr|\bMr|\bMs)$/i;

/** A clause ends at ! ? ; a line or bullet break, or a full stop followed by a space ("e.g." and "2.5" go on). */
function endsAt(text: string, i: number): boolean {
  const c = text[i] ?? '';
  const next = text[i + 1];
  if (hardEnd.test(c)) return true;
  if (c !== '.' || (next !== undefined && !/\s/.test(next))) return false;
  return !abbreviation.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * The whole clause around a match (from the previous sentence or list break to the next), for
 * quoting a posting: "own the returns service end to end". A clause longer than 160 characters is
 * cut at word boundaries around the match and marked with "…" where it was cut, never inside a
 * word; a "?" or "!" that ends the clause is kept.
 */
export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsAt(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !endsAt(text, to)) to += 1;
  // A question or exclamation keeps its mark: "Do you love hard problems?" is not cut.
  if (text[to] === '?' || text[to] === '!') to += 1;
  let clause = text.slice(from, to);
  let at = start - from;
  let atEnd = end - from;
  const lead = clause.length - clause.trimStart().length;
  clause = clause.trim();
  at -= lead;
  atEnd -= lead;
  if (clause.length > maxClause) {
    const room = Math.max(0, Math.floor((maxClause - (atEnd - at)) / 2));
    let left = Math.max(0, at - room);
    let right = Math.min(clause.length, atEnd + room);
    if (left > 0) left = clause.indexOf(' ', left) + 1 || left;
    if (right < clause.length) right = Math.max(clause.lastIndexOf(' ', right), atEnd);
    // A cut never leaves a function word hanging at either end ("… of the team", "with the …").
    let kept = clause.slice(left, right).trim();
    if (right < clause.length) kept = trimDangling(kept);
    if (left > 0)
      kept = kept.replace(/^(?:(?:a|an|the|of|and|or|to|in|on|for|with|by|at)\s+)+/i, '');
    clause = `${left > 0 ? '…' : ''}${kept}${right < clause.length ? '…' : ''}`;
  }
  return trimEndMatching(
    clause.replace(/^(?:[\s\-–—*"'•§]+|\(?\d{1,2}[.)]\s+)+/, ''),
    /[\s,\-–—"'*]/,
  ).replace(/\s+/g, ' ');
}
