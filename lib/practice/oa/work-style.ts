import type { PrincipleId } from '../../principles/ids';
import { principleById } from '../../principles/lookup';
import {
  workStyleItems,
  workStyleTraits,
  type WorkStyleItem,
  type WorkStyleStatement,
  type WorkStyleTrait,
} from './work-style-data';

/**
 * Reading a Work Style set: which principles the chosen statements lean toward, where the same
 * trait was chosen one way and then the other, and which of the posting's highly ranked
 * principles the choices played down. Every statement sounds good, so nothing here is scored
 * right or wrong: each figure says what the choices signal to a reader of the assessment.
 */

/** Which statement was chosen for an item: its first or its second. */
export type WorkStyleChoice = 'first' | 'second';

export interface PrincipleLean {
  id: PrincipleId;
  name: string;
  /** Statements naming this principle that were on offer / chosen. */
  offered: number;
  chosen: number;
  /** chosen / offered, 0..1. */
  share: number;
}

export interface TraitSplit {
  trait: WorkStyleTrait;
  /** One chosen statement per pole, with the item it came from. */
  choices: { itemId: string; pole: 'a' | 'b'; text: string }[];
}

export interface PlayedDown {
  id: PrincipleId;
  name: string;
  share: number;
  /** A statement for it that was passed over, to show what the other choice was. */
  passedOver: string;
}

export interface WorkStyleReading {
  answered: number;
  total: number;
  /** Principles on offer, strongest lean first. */
  leans: PrincipleLean[];
  /** Traits chosen one way in one item and the other way in another. */
  splits: TraitSplit[];
  /** The posting's top principles the choices leaned away from (share under one half). */
  playedDown: PlayedDown[];
}

const itemById = new Map(workStyleItems.map((i) => [i.id, i]));
const traitById = new Map(workStyleTraits.map((t) => [t.id, t]));

export function workStyleItem(id: string): WorkStyleItem | undefined {
  return itemById.get(id);
}

export function chosenStatement(item: WorkStyleItem, choice: WorkStyleChoice): WorkStyleStatement {
  return choice === 'first' ? item.first : item.second;
}

function otherStatement(item: WorkStyleItem, choice: WorkStyleChoice): WorkStyleStatement {
  return choice === 'first' ? item.second : item.first;
}

/** What choosing a statement signals, in one sentence; never "right" or "wrong". */
export function choiceSignal(item: WorkStyleItem, choice: WorkStyleChoice): string {
  const trait = traitById.get(item.trait)!;
  const picked = chosenStatement(item, choice);
  const names = picked.lps.map((id) => principleById(id).name).join(' and ');
  return `Signals ${names}: you lean to ${trait.poles[picked.pole]} over ${trait.poles[picked.pole === 'a' ? 'b' : 'a']}.`;
}

type Answered = { item: WorkStyleItem; choice: WorkStyleChoice };

function answeredItems(choices: Readonly<Record<string, WorkStyleChoice>>): Answered[] {
  return Object.entries(choices).flatMap(([id, choice]) => {
    const item = itemById.get(id);
    return item ? [{ item, choice }] : [];
  });
}

function leansOf(answered: readonly Answered[]): PrincipleLean[] {
  const offered = new Map<PrincipleId, number>();
  const chosen = new Map<PrincipleId, number>();
  for (const { item, choice } of answered) {
    for (const st of [item.first, item.second])
      for (const id of st.lps) offered.set(id, (offered.get(id) ?? 0) + 1);
    for (const id of chosenStatement(item, choice).lps) chosen.set(id, (chosen.get(id) ?? 0) + 1);
  }
  return [...offered]
    .map(([id, n]) => {
      const c = chosen.get(id) ?? 0;
      return { id, name: principleById(id).name, offered: n, chosen: c, share: c / n };
    })
    .sort((a, b) => b.share - a.share || b.chosen - a.chosen || a.name.localeCompare(b.name));
}

function splitsOf(answered: readonly Answered[]): TraitSplit[] {
  const byTrait = new Map<string, TraitSplit['choices']>();
  for (const { item, choice } of answered) {
    const picked = chosenStatement(item, choice);
    const list = byTrait.get(item.trait) ?? [];
    list.push({ itemId: item.id, pole: picked.pole, text: picked.text });
    byTrait.set(item.trait, list);
  }
  return [...byTrait].flatMap(([traitId, choices]) => {
    const a = choices.find((c) => c.pole === 'a');
    const b = choices.find((c) => c.pole === 'b');
    return a && b ? [{ trait: traitById.get(traitId)!, choices: [a, b] }] : [];
  });
}

/**
 * The reading of a set. `postingTop` is the posting analysis's highly ranked principles, most
 * likely first; a principle is played down when the choices picked it under half the times it
 * was on offer (and it was on offer at least twice, so one choice alone does not decide).
 */
export function readWorkStyle(
  choices: Readonly<Record<string, WorkStyleChoice>>,
  postingTop: readonly PrincipleId[] = [],
  total = workStyleItems.length,
): WorkStyleReading {
  const answered = answeredItems(choices);
  const leans = leansOf(answered);
  const playedDown = postingTop.flatMap((id): PlayedDown[] => {
    const lean = leans.find((l) => l.id === id);
    if (!lean || lean.offered < 2 || lean.share >= 0.5) return [];
    const passed = answered.find(
      (a) =>
        otherStatement(a.item, a.choice).lps.includes(id) &&
        !chosenStatement(a.item, a.choice).lps.includes(id),
    );
    return [
      {
        id,
        name: lean.name,
        share: lean.share,
        passedOver: passed ? otherStatement(passed.item, passed.choice).text : '',
      },
    ];
  });
  return { answered: answered.length, total, leans, splits: splitsOf(answered), playedDown };
}
