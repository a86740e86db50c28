/**
 * Measures the bullet linter against hand labels: `npx tsx scripts/eval-bullets.ts [--misses]`.
 * Reads ../shared/data/resume-bullets-dev.json (absent in a user's clone: then it says so and
 * exits 0). Each bullet is checked on its own (a past role). Prints precision, recall and F1 per
 * check; with --misses, also the bullets each check gets wrong.
 *   strong_verb_opener false <=> weak-opener | no-action-verb | tense
 *   has_metric false <=> no-metric;  passive <=> passive-voice;  first_person <=> first-person
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { loadNlp } from '../lib/nlp/engine';
import { lintBullet } from '../lib/resume/lint-bullet';

await loadNlp();
import type { RuleId } from '../lib/resume/schema';

const file = path.resolve(import.meta.dirname, '../../shared/data/resume-bullets-dev.json');
const LabelledSchema = z.array(
  z.object({
    text: z.string(),
    labels: z.object({
      strong_verb_opener: z.boolean(),
      has_metric: z.boolean(),
      passive: z.boolean(),
      first_person: z.boolean(),
    }),
  }),
);
type Labelled = z.infer<typeof LabelledSchema>[number];

/** Each check: whether the label says "should be flagged", and which rules flag it. */
const checks = [
  {
    name: 'opener (not strong_verb_opener)',
    truth: (b: Labelled) => !b.labels.strong_verb_opener,
    rules: ['weak-opener', 'no-action-verb', 'tense'],
  },
  {
    name: 'metric (not has_metric)',
    truth: (b: Labelled) => !b.labels.has_metric,
    rules: ['no-metric'],
  },
  { name: 'passive', truth: (b: Labelled) => b.labels.passive, rules: ['passive-voice'] },
  { name: 'first_person', truth: (b: Labelled) => b.labels.first_person, rules: ['first-person'] },
] as const satisfies readonly {
  name: string;
  truth: (b: Labelled) => boolean;
  rules: readonly RuleId[];
}[];

function main(): number {
  if (!fs.existsSync(file)) {
    process.stdout.write(`eval-bullets: ${file} not found; nothing to measure.\n`);
    return 0;
  }
  const bullets = LabelledSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const showMisses = process.argv.includes('--misses');
  const started = performance.now();
  const results = bullets.map((b) => new Set(lintBullet(b.text).findings.map((f) => f.rule)));
  const ms = performance.now() - started;
  process.stdout.write(`${bullets.length} bullets, linted in ${ms.toFixed(0)} ms\n`);
  process.stdout.write(
    'check                              precision  recall  F1      (tp/fp/fn)\n',
  );
  for (const check of checks) {
    let tp = 0,
      fp = 0,
      fn = 0;
    const misses: string[] = [];
    bullets.forEach((b, i) => {
      const flagged = check.rules.some((r) => results[i]!.has(r));
      const truth = check.truth(b);
      if (flagged && truth) tp++;
      else if (flagged) {
        fp++;
        misses.push(`  FP ${b.text.slice(0, 120)}`);
      } else if (truth) {
        fn++;
        misses.push(`  FN ${b.text.slice(0, 120)}`);
      }
    });
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f1 = (2 * p * r) / (p + r || 1);
    process.stdout.write(
      `${check.name.padEnd(35)}${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3)}   (${tp}/${fp}/${fn})\n`,
    );
    if (showMisses && misses.length > 0) process.stdout.write(`${misses.join('\n')}\n`);
  }
  return 0;
}

process.exitCode = main();
