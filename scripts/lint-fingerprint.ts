/**
 * Fingerprints of what the linter says about the real dev bullets, so a refactor can prove it
 * changed nothing: `npx tsx scripts/lint-fingerprint.ts --write` rewrites
 * tests/fixtures/resume/lint-dev-hashes.json from the current code, and
 * tests/lib/resume/lint-dev-identical.test.ts compares against it. Only hashes are written: no
 * text of ../shared/data/ leaves that folder. Absent data (a user's clone): nothing to do.
 *
 * Each bullet is linted as a past-role bullet before compromise loads (the word-list path a panel
 * shows first), then with compromise as a past-role bullet, as a current-role bullet and with a
 * posting's family; each person's bullets are also linted as one resume (repeated-verb, splitting).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadNlp, nlpEngine } from '../lib/nlp/engine';
import { lintBullet } from '../lib/resume/lint-bullet';
import { lintResume } from '../lib/resume/lint-resume';

export const devBulletsFile = path.resolve(
  import.meta.dirname,
  '../../shared/data/resume-bullets-dev.json',
);
export const hashFile = path.resolve(
  import.meta.dirname,
  '../tests/fixtures/resume/lint-dev-hashes.json',
);

interface DevBullet {
  text: string;
  source_repo: string;
}

export interface Fingerprints {
  count: number;
  /** One short hash per bullet and per context, in the data file's order. */
  bullets: Record<'wordLists' | 'past' | 'current' | 'family', string[]>;
  /** One hash per person's resume (sorted by source). */
  resumes: string[];
}

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

export function readDevBullets(): DevBullet[] {
  if (!fs.existsSync(devBulletsFile)) return [];
  return JSON.parse(fs.readFileSync(devBulletsFile, 'utf8')) as DevBullet[];
}

/** Must run in a process (or test file) where compromise has not loaded yet. */
export async function fingerprints(bullets: readonly DevBullet[]): Promise<Fingerprints> {
  if (nlpEngine()) throw new Error('fingerprints: compromise already loaded');
  const wordLists = bullets.map((b) => hash(lintBullet(b.text)));
  await loadNlp();
  const past = bullets.map((b) => hash(lintBullet(b.text)));
  const current = bullets.map((b) => hash(lintBullet(b.text, { current: true })));
  const family = bullets.map((b) => hash(lintBullet(b.text, { family: 'finance' })));
  const people = new Map<string, string[]>();
  for (const b of bullets)
    people.set(b.source_repo, [...(people.get(b.source_repo) ?? []), b.text]);
  const resumes = [...people.keys()].sort().map((repo) => {
    const lines = (people.get(repo) ?? []).map((t) => `- ${t}`);
    return hash(lintResume(['EXPERIENCE', 'Engineer, Acme  2019 - 2021', ...lines].join('\n')));
  });
  return { count: bullets.length, bullets: { wordLists, past, current, family }, resumes };
}

if (process.argv[1] === import.meta.filename) {
  const bullets = readDevBullets();
  if (bullets.length === 0) {
    process.stdout.write(`lint-fingerprint: ${devBulletsFile} not found; nothing to do.\n`);
  } else if (process.argv.includes('--write')) {
    const prints = await fingerprints(bullets);
    fs.mkdirSync(path.dirname(hashFile), { recursive: true });
    fs.writeFileSync(hashFile, `${JSON.stringify(prints)}\n`);
    process.stdout.write(`lint-fingerprint: wrote ${prints.count} bullets to ${hashFile}\n`);
  } else {
    process.stdout.write('usage: npx tsx scripts/lint-fingerprint.ts --write\n');
  }
}
