import { clauseAt, quotable } from '../text/clauses';
import { detectPrinciples, type DetectedPrinciple, type DetectOptions } from './detect';

/**
 * detectPrinciples with each quote widened to the whole clause that holds the signal, so the
 * user reads their own sentence ("I stayed on call through the weekend to fix it") rather than
 * words around a keyword ("them up to speed"). Quotes longer than a clause can bear are cut at a
 * word that leaves them whole, marked "…". A clause is quoted once, for its strongest principle.
 */
export function detectPrincipleClauses(
  text: string,
  options: DetectOptions = {},
): DetectedPrinciple[] {
  const lower = text.toLowerCase();
  const used = new Set<string>();
  return detectPrinciples(text, options).map((hit) => {
    const evidence: string[] = [];
    for (const snippet of hit.evidence) {
      const at = lower.indexOf(snippet.toLowerCase());
      const clause = at >= 0 ? quotable(clauseAt(text, at + Math.floor(snippet.length / 2))) : '';
      const key = clause.toLowerCase();
      if (!clause || used.has(key)) continue;
      used.add(key);
      evidence.push(clause);
    }
    return { ...hit, evidence };
  });
}
