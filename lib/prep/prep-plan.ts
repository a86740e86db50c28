import type { InterviewProcess } from '../process/schema';
import { addDays, daysBetween, describeDay, isWeekend, parseDay } from './dates';
import { mocksDetail, practiceDetail, storiesBlock, type PrepContext } from './personal';
import {
  type BlockId,
  type PrepBlock,
  type PrepView,
  dayBefore,
  drillDetail,
  lightItems,
  oaBlock,
  prepBlocks,
} from './prep-blocks';

/**
 * A dated prep plan for the days left before an interview, modelled on the two-week plan
 * (week 1 builds the bank, week 2 tests it under pressure). Rules, in order:
 * - the plan covers at most the 14 days before the interview, ending the day before it;
 * - system design appears only when the loop has a system-design round (kept, with a hedge,
 *   when the loop is unknown);
 * - online-assessment practice comes first when the process has an OA stage (it precedes the
 *   phone screen);
 * - weekends: when the weekdays can hold every block for at least a day, blocks go on
 *   weekdays only and each weekend day gets one light item; otherwise weekends are work days;
 * - the day before the interview holds only a light review, however little time is left;
 * - less time shortens blocks toward one day each, the least important first; under one day
 *   per block, two blocks share a day, and below that the least important are left out;
 * - item ids are stable per block and day number, so ticks survive a changed date.
 */

export interface PrepItem {
  id: string;
  date: string;
  title: string;
  detail: string;
  view: PrepView;
  week: 1 | 2;
  light: boolean;
}

export type PrepPlan =
  | { status: 'ready'; interviewDate: string; start: string; items: PrepItem[]; notes: string[] }
  | { status: 'past' | 'today' | 'invalid'; message: string };

export const planWindowDays = 14;

/** Splits `days` working days across blocks: one each, then extra days by importance. */
function allocate(blocks: readonly PrepBlock[], days: number): Map<BlockId, number> {
  const out = new Map(blocks.map((b) => [b.id, 1]));
  const full = blocks.reduce((n, b) => n + b.fullDays, 0);
  if (days >= full) return new Map(blocks.map((b) => [b.id, b.fullDays]));
  let spare = days - blocks.length;
  const byKeep = [...blocks].sort((a, b) => a.keep - b.keep);
  while (spare > 0) {
    const before = spare;
    for (const b of byKeep) {
      if (spare > 0 && out.get(b.id)! < b.fullDays) {
        out.set(b.id, out.get(b.id)! + 1);
        spare--;
      }
    }
    if (spare === before) break;
  }
  return out;
}

/** The detail of a block's day `k` of `of`. */
type DetailOf = (b: PrepBlock, k: number, of: number) => string;

function blockItem(b: PrepBlock, k: number, of: number, date: string, detail: DetailOf): PrepItem {
  return {
    id: `${b.id}-${k + 1}`,
    date,
    title: of > 1 ? `${b.title} (day ${k + 1} of ${of})` : b.title,
    detail: detail(b, k, of),
    view: b.view,
    week: b.week,
    light: false,
  };
}

function blocksFor(process: InterviewProcess | null, notes: string[]): PrepBlock[] {
  if (!process) {
    return prepBlocks.map((b) =>
      b.id === 'design' ? { ...b, title: `${b.title} (if your loop has one)` } : b,
    );
  }
  const hasDesign = process.loop.some((s) => s.kind === 'system-design');
  if (!hasDesign) notes.push('This loop has no system design round, so the plan leaves it out.');
  // The online assessment comes before the phone screen, so its practice goes first.
  const hasOa = process.before.some((s) => s.kind === 'online-assessment');
  return [...(hasOa ? [oaBlock] : []), ...prepBlocks.filter((b) => b.id !== 'design' || hasDesign)];
}

/** Lays blocks on days when each gets at least one: consecutive days per block, in plan order. */
function spread(blocks: PrepBlock[], days: string[], drills: DetailOf): PrepItem[] {
  const lengths = allocate(blocks, days.length);
  const used = [...lengths.values()].reduce((n, x) => n + x, 0);
  let d = days.length - used;
  const items: PrepItem[] = [];
  for (const b of blocks) {
    const n = lengths.get(b.id)!;
    for (let k = 0; k < n; k++) items.push(blockItem(b, k, n, days[d++]!, drills));
  }
  return items;
}

/** Fewer days than blocks: at most two blocks a day, dropping the least important beyond that. */
function pack(blocks: PrepBlock[], days: string[], drills: DetailOf, notes: string[]): PrepItem[] {
  const kept = [...blocks].sort((a, b) => a.keep - b.keep).slice(0, days.length * 2);
  const dropped = blocks.filter((b) => !kept.includes(b));
  if (dropped.length > 0) {
    notes.push(
      `Too little time for everything: left out ${dropped.map((b) => b.title.toLowerCase()).join(', ')}.`,
    );
  }
  const ordered = blocks.filter((b) => kept.includes(b));
  return ordered.map((b, i) =>
    blockItem(b, 0, 1, days[Math.floor((i * days.length) / ordered.length)]!, drills),
  );
}

/** The plan from `today` to the interview, or a message when the date is today, past or not a date. */
export function prepPlan(
  today: string,
  interviewDate: string,
  process: InterviewProcess | null = null,
  context: PrepContext = {},
  /** The user's locale for dates in messages (the runtime's own when omitted). */
  locale?: string,
): PrepPlan {
  if (parseDay(today) === null || parseDay(interviewDate) === null) {
    return { status: 'invalid', message: 'Pick an interview date to get a dated plan.' };
  }
  const left = daysBetween(today, interviewDate);
  if (left < 0) {
    return {
      status: 'past',
      message: `Your interview date (${describeDay(interviewDate, locale, true)}) is in the past. If it has happened, move your stage to the debrief; if it moved, pick the new date.`,
    };
  }
  if (left === 0) {
    return {
      status: 'today',
      message:
        'Your interview is today: no plan, just a light review. Read your opener and your story-per-round plan once, then rest.',
    };
  }
  const notes: string[] = [];
  const window = Math.min(left, planWindowDays);
  const start = addDays(interviewDate, -window);
  const dates = Array.from({ length: window }, (_, i) => addDays(start, i));
  const blocks = blocksFor(process, notes).map((b) =>
    b.id === 'stories' ? storiesBlock(b, context) : b,
  );
  const drillText = drillDetail(process?.loop.map((s) => s.kind) ?? []);
  const drills: DetailOf = (b, k, of) =>
    b.id === 'drills'
      ? drillText
      : b.id === 'record'
        ? (practiceDetail(context, k, of) ?? b.detail)
        : b.id === 'mocks'
          ? (mocksDetail(context, b.detail) ?? b.detail)
          : b.detail;
  // The day before the interview stays light: only the last review, never a block.
  const candidates = dates.slice(0, -1);
  const weekdays = candidates.filter((d) => !isWeekend(d));
  const restWeekends = weekdays.length >= blocks.length;
  const workDays = restWeekends ? weekdays : candidates;
  const items =
    workDays.length === 0
      ? []
      : workDays.length >= blocks.length
        ? spread(blocks, workDays, drills)
        : pack(blocks, workDays, drills, notes);
  if (workDays.length === 0) {
    notes.push('Your interview is tomorrow: today is for a light review only, then rest.');
  }
  const full = blocks.reduce((n, b) => n + b.fullDays, 0);
  if (workDays.length > 0 && workDays.length < full) {
    notes.push(
      `${workDays.length} working ${workDays.length === 1 ? 'day' : 'days'} before the interview: blocks are shortened to fit.`,
    );
  }
  if (restWeekends && weekdays.length < candidates.length) {
    notes.push('Weekends get one light item each; the heavy blocks sit on weekdays.');
  }
  if (!restWeekends && weekdays.length < candidates.length) {
    notes.push('Time is short, so weekends are work days too.');
  }
  if (left > planWindowDays) {
    notes.push(
      `The plan starts on ${describeDay(start, locale)}, two weeks out. Until then, build your story bank at your own pace.`,
    );
  }
  return {
    status: 'ready',
    interviewDate,
    start,
    items: withExtras(items, dates, restWeekends),
    notes,
  };
}

/** Adds weekend light items (when weekends rest) and the day-before review, then sorts by date. */
function withExtras(items: PrepItem[], dates: string[], restWeekends: boolean): PrepItem[] {
  const out = [...items];
  const first = items[0]?.date ?? dates[0]!;
  const last = dates.at(-1)!;
  const weekends = restWeekends
    ? dates.filter((d) => isWeekend(d) && d >= first && d !== last)
    : [];
  weekends.forEach((date, i) => {
    const light = lightItems[i % lightItems.length]!;
    out.push({
      id: `light-${date}`,
      date,
      ...light,
      week: dates.indexOf(date) < 7 ? 1 : 2,
      light: true,
    });
  });
  out.push({ id: 'day-before', date: last, ...dayBefore, week: 2, light: true });
  const order = (x: PrepItem) => (x.id === 'day-before' ? 1 : 0);
  return out.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
}
