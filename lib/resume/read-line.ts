import { nlpEngine } from '../nlp/engine';
import { readOpener, type Opener } from './first-word';
import { lineKindOf, type LineKind } from './line-kind';
import { findPassive, inFirstClause } from './passive';
import { rewriteLine, type Rewrite } from './rewrite';
import { tokenize } from './words';

/**
 * One reading of a resume line, made once and read by every rule: its words, how it opens (the
 * first word and its part of speech), what it is when it is not a bullet (a role or award title,
 * a project title, a link or a tagline), its passive and the clause it is in, and its rewrite.
 * The passive and the rewrite are worked out on first use, once. Readings are memoised per line
 * and per NLP engine state: words read differently once compromise has loaded.
 */
export interface LineReading {
  /** The line without its list marker, whitespace squeezed, read on its first 4,000 characters. */
  text: string;
  tokens: string[];
  opener: Opener;
  /** False for text that is mostly not in the Latin script: verb rules then stay silent. */
  english: boolean;
  /** What the line is when it is not a bullet; undefined for a bullet. */
  kind: LineKind | undefined;
  /** The passive phrase ("was written") and whether it is in the line's first clause. */
  passive: () => { phrase: string; firstClause: boolean } | undefined;
  /** The safe rewrite, a template in the line's words, or what the line is. */
  rewrite: () => Rewrite | undefined;
}

/** Longest text a rule reads; a pasted megabyte line is checked on its start only. */
export const maxChars = 4_000;

/** Strips list markers ("• ", "- ", "1. ") and squeezes whitespace. */
export function cleanBullet(text: string): string {
  return text
    .replace(/^\s*(?:[•\-*–—▪◦●·‣➢➤►✓✔]|\d{1,2}[.)])\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Common function words of other Latin-script languages (German, French, Spanish, Italian, Portuguese, Dutch). */
const foreignWords = new Set(
  'der die das und für mit eine einen ein ist wurde von zu den le la les des une pour avec est et du el los las una por con para y en il che per della een het van voor met'.split(
    ' ',
  ),
);
const englishWords = new Set('the a an and of to for with in on by from'.split(' '));

/** Whether the English rules apply: mostly Latin letters and not another language's function words. */
export function isEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (letters > 0 && latin / letters <= 0.6) return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const foreign = words.filter((w) => foreignWords.has(w)).length;
  const english = words.filter((w) => englishWords.has(w)).length;
  return !(foreign >= 2 && foreign > english);
}

/** A value worked out on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function read(raw: string): LineReading {
  const text = cleanBullet(raw.slice(0, maxChars));
  const opener = readOpener(text);
  const kind = text ? lineKindOf(text) : undefined;
  return {
    text,
    tokens: tokenize(text),
    opener,
    english: isEnglish(text),
    kind,
    passive: once(() => {
      const phrase = findPassive(text);
      return phrase === undefined
        ? undefined
        : { phrase, firstClause: inFirstClause(text, phrase) };
    }),
    rewrite: once(() => rewriteLine(text, kind, opener)),
  };
}

const cache = new Map<string, LineReading>();

/** The reading of one line (memoised per text and NLP engine state). */
export function readLine(raw: string): LineReading {
  const key = `${nlpEngine() ? 1 : 0}\u0000${raw}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const reading = read(raw);
  if (cache.size > 5_000) cache.clear();
  cache.set(key, reading);
  return reading;
}
