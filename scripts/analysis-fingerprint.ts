/**
 * Fingerprints of what the posting analysis and the round planner say about the real dev postings,
 * so moving code can prove it changed nothing: `npx tsx scripts/analysis-fingerprint.ts --write`
 * rewrites tests/fixtures/analysis/dev-hashes.json from the current code, and
 * tests/lib/analysis/dev-identical.test.ts compares against it. Only hashes are written: no text of
 * ../shared/data/ leaves that folder. Absent data (a user's clone): nothing to do.
 *
 * Three parts per posting, so a change made on purpose to one (the likely LPs, say) shows that the
 * others held: `shape` (role family, level, manages people, the process), `lps` (ids, scores, top,
 * evidence) and `plan` (the planner's rounds, gaps and unused stories for a fixed bank of our own
 * seeded stories, scripts/bench/plan.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { analyzePosting } from '../lib/analysis/analyze';
import { planRounds } from '../lib/loop/plan-rounds';
import { fromSearchJson } from '../lib/posting/from-search-json';
import { checkStory } from '../lib/stories/checks';
import type { Story } from '../lib/stories/schema';
import { makeStories } from './bench/plan';

const dataDir = path.resolve(import.meta.dirname, '../../shared/data');
export const devPostingFiles = [
  'amazon-postings-dev.json',
  'amazon-postings-fulltext-dev.json',
].map((f) => path.join(dataDir, f));
export const hashFile = path.resolve(
  import.meta.dirname,
  '../tests/fixtures/analysis/dev-hashes.json',
);

export interface AnalysisFingerprints {
  count: number;
  /** One short hash per posting and per part, in the data files' order. */
  postings: Record<'shape' | 'lps' | 'plan', string[]>;
}

interface DevPosting {
  id: string;
  title: string;
  description: string;
  basic_qualifications: string;
  preferred_qualifications: string;
  location?: string;
  category?: string;
}

/** The dev postings as search-API jobs, or [] when ../shared/data is absent. */
export function readDevPostings(): DevPosting[] {
  return devPostingFiles
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as DevPosting[]);
}

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

export function fingerprints(postings: readonly DevPosting[]): AnalysisFingerprints {
  const bank = makeStories(24, 11);
  // The stories' checks do not depend on the posting: check each once, as the side panel caches them.
  const checks = new Map(bank.map((story) => [story, checkStory(story)]));
  const checksOf = (story: Story) => checks.get(story) ?? checkStory(story);
  const out: AnalysisFingerprints = {
    count: postings.length,
    postings: { shape: [], lps: [], plan: [] },
  };
  for (const p of postings) {
    const read = fromSearchJson({
      id_icims: p.id,
      title: p.title,
      description: p.description,
      basic_qualifications: p.basic_qualifications,
      preferred_qualifications: p.preferred_qualifications,
      job_category: p.category ?? '',
      location: p.location ?? '',
    });
    if (!read.ok) {
      for (const part of ['shape', 'lps', 'plan'] as const) out.postings[part].push('unread');
      continue;
    }
    const a = analyzePosting(read.result);
    out.postings.shape.push(hash([a.role.family, a.level, a.managesPeople, a.process, a.missing]));
    out.postings.lps.push(hash(a.lps));
    out.postings.plan.push(hash(planRounds(bank, a, { checksOf })));
  }
  return out;
}

if (process.argv[1] === import.meta.filename && process.argv.includes('--write')) {
  const postings = readDevPostings();
  if (postings.length === 0) {
    console.error('analysis-fingerprint: ../shared/data not found; nothing written.');
  } else {
    fs.mkdirSync(path.dirname(hashFile), { recursive: true });
    fs.writeFileSync(hashFile, `${JSON.stringify(fingerprints(postings))}\n`);
    console.error(`analysis-fingerprint: ${postings.length} postings written to ${hashFile}`);
  }
}
