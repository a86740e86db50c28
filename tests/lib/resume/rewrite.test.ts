import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { cleanBullet } from '../../../lib/resume/read-line';
import { rewriteBullet } from '../../../lib/resume/rewrite';
import { toPast } from '../../../lib/resume/verb-forms';
import { irregularPastForms as knownPasts } from '../../../lib/text/word-lists';

// Rewrites read verbs in context with the full NLP tagger.
beforeAll(() => loadNlp());

/** What a rewrite shows: the sentence, or the template with its <Verb> slot. */
function shown(bullet: string): string {
  const r = rewriteBullet(bullet);
  if (!r) return '';
  if (r.kind === 'rewrite') return r.co ? `${r.text} | ${r.co}` : r.text;
  return r.kind === 'template' ? `template: ${r.text}` : 'heading';
}

describe('rewriteBullet', () => {
  it.each([
    [
      'Was responsible for maintaining salary structures for 12 countries',
      'Maintained salary structures for 12 countries',
    ],
    ['Handled employee queries.', 'template: <Verb> employee queries, <result>'],
    [
      'Responsible for market pricing of tech roles',
      'template: <Verb> market pricing of tech roles, <result>',
    ],
    [
      'Responsible for salary structures for 12 countries',
      'template: <Verb> salary structures for 12 countries',
    ],
    [
      'Utilized my strong communication skills to liaise with hiring managers',
      'Liaised with hiring managers using strong communication skills',
    ],
    ['Was involved in the team that migrated HR records', 'Migrated HR records with the team'],
    ['Actively involved in onboarding new hires', 'Onboarded new hires'],
    ['Gained a cloud certification', 'template: <Verb> a cloud certification, <result>'],
    [
      'Used Redis to cache responses from GET, PUT, and DELETE API calls',
      'Cached responses from GET, PUT, and DELETE API calls using Redis',
    ],
    ['Create and maintain CI pipelines', 'Created and maintained CI pipelines'],
    ['Designing and shipping the onboarding flow', 'Designed and shipped the onboarding flow'],
    ['Tidewatch - iOS app for tide tables', 'heading'],
    ['Responsible for maintaining X', 'Maintained X'],
    ['Helped develop X', 'Developed X | Co-developed X'],
    ['Was involved in the team that migrated X', 'Migrated X with the team'],
    ['Our team developed a new hiring dashboard', 'Developed a new hiring dashboard with the team'],
    ['I reconciled 40 vendor accounts each month', 'Reconciled 40 vendor accounts each month'],
    ['Creation of the vendor onboarding guide', 'Created the vendor onboarding guide'],
    [
      'Worked on the search ranking service',
      'template: <Verb> the search ranking service, <result>',
    ],
    ['Built the billing API for 3 regions', ''],
    [
      'Teaching and research assistance on solar technology',
      'template: <Verb> teaching and research assistance on solar technology, <result>',
    ],
    ['Troubleshooting: Interrogated hardware and networks', 'heading'],
    [
      'Frequently and successfully spearheaded data migration scripts',
      'Spearheaded data migration scripts',
    ],
  ])('"%s" -> %s', (bullet, expected) => {
    expect(shown(bullet)).toBe(expected);
  });
});

// ../shared/data beside the checkout: real bullets for measuring, absent from a user's clone.
const devFile = path.resolve(
  import.meta.dirname,
  '../../../../shared/data/resume-bullets-dev.json',
);
const dev: { text: string }[] = fs.existsSync(devFile)
  ? (JSON.parse(fs.readFileSync(devFile, 'utf8')) as { text: string }[])
  : [];
if (dev.length === 0) console.warn(`skipped: ${devFile} not found (real bullets for measuring)`);

const dangling = new Set(
  'a an the and or but nor of to for with in on at by from into via as than that'.split(' '),
);

/** Whether `verb` is a form of a word in the bullet ("maintained" ~ "maintaining", "led" ~ "lead"). */
function occursIn(verb: string, bullet: string): boolean {
  const words = bullet.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  return words.some((w) => {
    const n = Math.min(4, w.length, verb.length);
    return w.slice(0, n) === verb.slice(0, n) || toPast(w) === verb;
  });
}

describe.skipIf(dev.length === 0)('rewrites of the real bullets', () => {
  it('keep every number and name, start with the bullet’s own past-tense verb, end whole', () => {
    const broken: string[] = [];
    let rewrites = 0;
    for (const { text: raw } of dev) {
      const bullet = cleanBullet(raw);
      const r = rewriteBullet(bullet);
      if (r?.kind === 'template') expect(r.text).toContain('<Verb>');
      if (r?.kind !== 'rewrite') continue;
      rewrites++;
      const kept = bullet
        .split(/\s+/)
        .slice(1)
        .map((t) => t.replace(/^[^\p{L}\p{N}$]+/u, '').replace(/[^\p{L}\p{N}%+#]+$/u, ''))
        .filter((t) => t && !/^(I|My|Our|We)$/.test(t) && (/\d/.test(t) || /[A-Z]/.test(t)));
      const lost = kept.filter((t) => !r.text.includes(t));
      const first = (r.text.split(/\s+/)[0] ?? '').toLowerCase().replace(/^co-/, '');
      const past = first.endsWith('ed') || knownPasts.has(first);
      const last = (r.text.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^a-z]/g, '');
      if (lost.length > 0 || !past || !occursIn(first, bullet) || dangling.has(last))
        broken.push(`${bullet} -> ${r.text}`);
    }
    expect(broken).toEqual([]);
    expect(rewrites).toBeGreaterThan(20);
  }, 120_000);
});

describe('rewriteBullet on noun openers and lines that are not bullets', () => {
  it.each([
    ['Design and development of a ticketing service', 'Designed and developed a ticketing service'],
    [
      'Administration and maintenance of 12 build servers',
      'Administered and maintained 12 build servers',
    ],
    [
      'File server with a REST interface',
      'template: <Verb> file server with a REST interface, <result>',
    ],
    ['Push releases to the app store', 'Pushed releases to the app store'],
  ])('"%s" -> %s', (bullet, expected) => {
    expect(shown(bullet)).toBe(expected);
  });

  it.each([
    ['Top 5% of 2,000 entrants, regional maths olympiad', 'Top 5% of 2,000 entrants', true],
    ['Lead frontend engineer of the booking site', 'Lead frontend engineer', false],
    ['Architect of the billing data lake', 'Architect', false],
  ])('"%s" is a title line: %s', (bullet, title, award) => {
    expect(rewriteBullet(bullet)).toEqual({ kind: 'title', title, award });
  });
});
