import { principleById } from '../principles/lookup';
import type { PrincipleId } from '../principles/ids';
import type { PrepBlock } from './prep-blocks';
import { spoken } from '../text/speaking';
import { joinNames } from '../text/name-list';

/**
 * What the prep plan knows about the user: the story bank, the principles the posting asks
 * about, and the principles practised so far. Each part is optional: without it the plan keeps
 * its general wording. Pure data in, so the hook decides where each part comes from.
 */
export interface PrepContext {
  /** The bank's stories (only their principles are read). */
  stories?: readonly { lps: readonly PrincipleId[] }[];
  /** The principles this loop is likely to ask about, most likely first. */
  principles?: readonly PrincipleId[];
  /** Principles with at least one practice answer; absent when no history is kept. */
  practised?: readonly PrincipleId[];
  /** The last mock loop's "practise next" list, when one was finished. */
  mockFocus?: readonly string[];
}

/** Eight stories from different projects cover a loop with room for follow-ups. */
export const storyTarget = 8;

const names = (ids: readonly PrincipleId[]) => joinNames(ids.map((id) => principleById(id).name));

/** The asked principles no story in the bank is tagged with, in the posting's order. */
export function principlesLacking(ctx: PrepContext): PrincipleId[] {
  const covered = new Set((ctx.stories ?? []).flatMap((s) => s.lps));
  return (ctx.principles ?? []).filter((id) => !covered.has(id));
}

/**
 * The story block worded for this bank: "Write 2 more STAR stories, for Frugality and Earn
 * Trust" when 6 are written and those two are not covered; a review once the bank is complete.
 */
export function storiesBlock(block: PrepBlock, ctx: PrepContext): PrepBlock {
  if (!ctx.stories) return block;
  const written = ctx.stories.length;
  const lacking = principlesLacking(ctx);
  const more = Math.max(storyTarget - written, lacking.length);
  if (more === 0) {
    return {
      ...block,
      title: `Polish your ${written} STAR stories`,
      detail:
        'Your bank covers every principle this loop is likely to ask about. Read each story aloud, time it, and sharpen each result to a number.',
    };
  }
  const plural = more === 1 ? 'story' : 'stories';
  const lackingNames =
    lacking.length <= maxNamed
      ? names(lacking)
      : `the ${lacking.length} principles no story is tagged with yet`;
  const title =
    written === 0
      ? `Write ${more} STAR ${plural}`
      : lacking.length === 0
        ? `Write ${more} more STAR ${plural}`
        : lacking.length === more
          ? `Write ${more} more STAR ${plural}, for ${lackingNames}`
          : `Write ${more} more STAR ${plural}, covering ${lackingNames}`;
  return {
    ...block,
    title,
    detail: `You have ${written} of ${storyTarget}. Take each from a different project, tag it with 2-3 Leadership Principles, and give every result a number.`,
  };
}

/** The practice block's answers a day ("Record three answers"). */
const answersPerDay = 3;
/** A title names at most this many principles; past it, it counts them. */
const maxNamed = 3;

/** Asked principles never practised, in the posting's order; empty when there is no history. */
export function unpractised(ctx: PrepContext): PrincipleId[] {
  if (!ctx.practised) return [];
  const done = new Set(ctx.practised);
  return (ctx.principles ?? []).filter((id) => !done.has(id));
}

/**
 * The practice block's detail for day `k` of `of`: the never-practised principles are shared
 * out over its days, so each of them gets a day. Null keeps the block's general wording.
 */
export function practiceDetail(ctx: PrepContext, k: number, of: number): string | null {
  const all = unpractised(ctx);
  // The block records three answers a day, so a day names at most three principles.
  const todo = all.slice(0, answersPerDay * of);
  if (todo.length === 0) return null;
  const share = todo.filter((_, i) => Math.floor((i * of) / todo.length) === k);
  if (share.length === 0) return null;
  const rest = all.length - todo.length;
  const more =
    k === of - 1 && rest > 0
      ? ` ${rest} more you have not practised are listed under “Never practised” in Progress.`
      : '';
  return `Answer a question for ${share.length === 1 ? '' : 'each of '}${names(share)} with the timer running: you have not practised ${share.length === 1 ? 'it' : 'them'} yet. Under ${spoken.max}, with a number in the result?${more}`;
}

/** The mock-interview block's detail, led by what the last mock loop's debrief asked for; null keeps the general wording. */
export function mocksDetail(ctx: PrepContext, general: string): string | null {
  const focus = (ctx.mockFocus ?? []).slice(0, 3);
  if (focus.length === 0) return null;
  return `${general} From your last mock loop: ${focus.map((f, i) => `${i + 1}) ${f}`).join(' ')}`;
}
