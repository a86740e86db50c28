/**
 * Resume linting speed: one edited bullet, a 40-bullet resume (warmed), 1,000 bullets, and the
 * first call (compromise's cold start). Bullets are our own, varied so the cache does not hide work.
 */
import { loadNlp } from '../../lib/nlp/engine';
import { lintBullet } from '../../lib/resume/lint-bullet';
import { lintResume } from '../../lib/resume/lint-resume';

const openers = [
  'Built',
  'Helped build',
  'Developing',
  'Successfully shipped',
  'Responsible for',
  'Creation of',
  'Led',
  'Worked on',
];
const objects = [
  'the billing API',
  'a cache layer',
  'the search index',
  'an on-call runbook',
  'the data pipeline',
];
const results = [
  'for 3 teams',
  'cutting latency by 40%',
  'used by various teams etc.',
  'which was rewritten by me',
  '',
];

function bullet(i: number, salt: string): string {
  return `${openers[i % openers.length]} ${objects[i % objects.length]} ${results[i % results.length]} ${salt}${i}`.trim();
}
function resume(n: number, salt: string): string {
  return [
    'EXPERIENCE',
    'Engineer, Acme  Jan 2020 - Present',
    ...Array.from({ length: n }, (_, i) => `- ${bullet(i, salt)}`),
  ].join('\n');
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
const round = (x: number) => Math.round(x * 100) / 100;

export async function measure(): Promise<Record<string, number>> {
  await loadNlp();
  let t = performance.now();
  lintBullet('Helped build the first bullet of the day');
  const first = performance.now() - t;
  for (let i = 0; i < 3; i++) lintResume(resume(40, `warm${i}-`));

  const full: number[] = [];
  for (let run = 0; run < 15; run++) {
    const text = resume(40, `r${run}-`);
    t = performance.now();
    lintResume(text);
    full.push(performance.now() - t);
  }
  // An edit: the same resume with one bullet changed, as the side panel re-checks while typing.
  const base = resume(40, 'edit-');
  lintResume(base);
  const edits: number[] = [];
  for (let k = 0; k < 30; k++) {
    const edited = base.replace('edit-7', `edit-7 typed${k}`);
    t = performance.now();
    lintResume(edited);
    edits.push(performance.now() - t);
  }
  const many = Array.from({ length: 1000 }, (_, i) => bullet(i, 'many-'));
  t = performance.now();
  for (const b of many) lintBullet(b);
  const thousand = performance.now() - t;
  return {
    lint_first_call_ms: round(first),
    lint_edit_median_ms: round(median(edits)),
    lint_40_median_ms: round(median(full)),
    lint_resume_40_bullets_median_ms: round(median(full)),
    lint_1000_ms: round(thousand),
  };
}
