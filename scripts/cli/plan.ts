/**
 * `npm run -s cli -- plan --stories FILE --posting FILE`: plans the interview loop of the first
 * posting in the posting file with the stories in the stories file (a LoopReady export or a JSON
 * array of stories). Prints `{ rounds: [{ name, kind, slots: [{ lp, storyId }] }], gaps:
 * [{ round, lp }], unused: [id] }`, plus `weak: [{ round, lp, storyId, reasons }]` only when a slot
 * holds a weak story; bad input gets one message naming the field and exit 2; a posting file that
 * holds no posting (no title and no description) is named and exits 1.
 */
import fs from 'node:fs/promises';
import { planRounds, type RoundPlan } from '../../lib/loop/plan-rounds';
import { analyzePosting } from '../../lib/analysis/analyze';
import { parseStoriesInput } from '../../lib/backup/stories-input';
import { loadPostings } from './load-postings';
import { jsonProblem } from '../../lib/text/json-problem';
import { backupTooLarge } from '../../lib/backup/import-export';
import { safeJson, safeText } from './terminal';

const usage = 'usage: npm run -s cli -- plan --stories FILE --posting FILE';

function flags(args: string[]): { stories?: string; posting?: string; error?: string } {
  const out: { stories?: string; posting?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [undefined];
    if (name !== 'stories' && name !== 'posting') return { error: `unknown argument '${arg}'` };
    const value = inline ?? args[++i];
    if (!value) return { error: `--${name} needs a FILE` };
    out[name] = value;
  }
  return out;
}

async function readStories(file: string) {
  let text: string;
  try {
    const tooLarge = backupTooLarge(file, (await fs.stat(file)).size);
    if (tooLarge) return { ok: false as const, error: tooLarge };
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      ok: false as const,
      error: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false as const,
      error: `not valid JSON: ${jsonProblem(error)}`,
    };
  }
  return parseStoriesInput(data);
}

/** The CLI contract: only the fields the command promises, in a fixed order. */
function toOutput(plan: RoundPlan) {
  return {
    rounds: plan.rounds.map((r) => ({
      name: r.name,
      kind: r.kind,
      slots: r.slots.map((s) => ({ lp: s.lp, storyId: s.storyId })),
    })),
    gaps: plan.gaps.map((g) => ({ round: g.round, lp: g.lp })),
    unused: plan.unused,
    // Optional, so plans without a weak story print exactly what they printed before.
    ...(plan.weak.length > 0
      ? {
          weak: plan.weak.map((w) => ({
            round: w.round,
            lp: w.lp,
            storyId: w.storyId,
            reasons: w.reasons,
          })),
        }
      : {}),
  };
}

export async function run(args: string[]): Promise<number> {
  const opts = flags(args);
  if (opts.error || !opts.stories || !opts.posting) {
    const missing = !opts.stories ? '--stories FILE is required' : '--posting FILE is required';
    process.stderr.write(safeText(`loopready plan: ${opts.error ?? missing}\n${usage}\n`));
    return 2;
  }
  const stories = await readStories(opts.stories);
  if (!stories.ok) {
    process.stderr.write(safeText(`loopready plan: ${opts.stories}: ${stories.error}\n`));
    return 2;
  }
  const [first] = await loadPostings(opts.posting);
  if (!first) {
    process.stderr.write(safeText(`loopready plan: ${opts.posting}: no posting in the file\n`));
    return 2;
  }
  if (!first.ok) {
    process.stderr.write(safeText(`loopready plan: ${first.source}: ${first.error}\n`));
    // A file that holds no posting is the same failure as in `cli posting` (exit 1); a file
    // that cannot be read or parsed is bad input (exit 2).
    return first.notPosting ? 1 : 2;
  }
  const plan = planRounds(stories.stories, analyzePosting(first.result));
  process.stdout.write(`${safeJson(toOutput(plan))}\n`);
  return 0;
}
