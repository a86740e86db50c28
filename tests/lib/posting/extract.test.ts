import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../../lib/posting/extract';
import { parseExtractResult } from '../../../lib/posting/parse';
import { analysisFields } from '../../../lib/posting/fields';

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/amazon-jobs');

function load(name: string): Document {
  const html = fs.readFileSync(path.join(fixtureDir, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fullUrl =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';

describe('extractPosting on the full English page', () => {
  const { posting, missing } = extractPosting(load('full-en.html'), fullUrl);

  it('reads every field and reports nothing missing', () => {
    expect(missing).toEqual([]);
    expect(posting).toMatchObject({
      title: 'Software Development Engineer II, Parcel Routing',
      jobId: '3000101',
      url: fullUrl,
      locale: 'en',
      company: 'Amazon.com Services LLC',
      category: 'Software Development',
      team: 'Last Mile Delivery Technology',
      locations: ['Seattle, WA, USA', 'Bellevue, WA, USA'],
    });
  });

  it('splits <br>-separated bullets into one qualification each, markers removed', () => {
    expect(posting.basicQualifications).toEqual([
      '3+ years of professional software development experience outside of internships',
      '2+ years of designing or architecting new and existing systems (patterns, reliability, scaling)',
      'Experience programming with at least one language such as Java, Go, Kotlin or C++',
      'Experience with the full life cycle of software, from writing tests to running code in production',
    ]);
    expect(posting.preferredQualifications).toHaveLength(3);
    expect(posting.preferredQualifications[0]).toBe(
      "Bachelor's degree in computer science or a similar field",
    );
  });

  it('keeps the description as lines without the headings or side-column text', () => {
    const lines = posting.description.split('\n');
    expect(lines[0]).toMatch(/^Parcel Routing decides which van/);
    expect(lines).toContain('Key job responsibilities');
    expect(lines).toContain('Mentor newer engineers through code reviews and design discussions');
    expect(posting.description).not.toMatch(
      /DESCRIPTION|BASIC QUALIFICATIONS|Software Development$/,
    );
  });

  it('passes the posting schema', () => {
    expect(() => parseExtractResult({ posting, missing })).not.toThrow();
  });

  it('ignores the site menu links for category, team and locations', () => {
    expect(posting.category).not.toBe('Solutions Architect');
    expect(posting.locations).not.toContain('London');
  });
});

describe('extractPosting on the 2026 page structure', () => {
  const en = extractPosting(load('layout-2026-en.html'), '');
  const zh = extractPosting(
    load('layout-2026-zh-headings.html'),
    'https://www.amazon.jobs/en/jobs/3000802/data-engineer-marketplace-seller-payments',
  );

  it("reads the full title from h1.title's title attribute, not the cut visible text", () => {
    expect(en.posting.title).toBe(
      'Software Development Engineer II, Fulfilment Network Simulation and Capacity Planning',
    );
  });

  it('falls back to og:title, without the site name, when the cut heading has no attribute', () => {
    expect(zh.posting.title).toBe(
      'Data Engineer, Marketplace Seller Payments Reporting and Reconciliation',
    );
  });

  it('takes the text after the meta pipe as the company (legal entity), never as the team', () => {
    expect(en.posting).toMatchObject({ jobId: '3000701', company: 'ADCI - Karnataka', team: '' });
    expect(zh.posting).toMatchObject({ jobId: '3000802', company: 'ASSPL - Telangana' });
  });

  it('keeps the sidebar out of every section and reads the description after the empty one', () => {
    for (const { posting } of [en, zh]) {
      const all = JSON.stringify(posting);
      expect(all).not.toContain('SIDEBAR-TEXT');
      expect(all).not.toMatch(/Job details|职位详情/);
      expect(posting.description.length).toBeGreaterThan(100);
    }
    expect(en.posting.description.split('\n')[0]).toMatch(/^Before a new fulfilment centre opens/);
    expect(en.posting.preferredQualifications).toEqual([
      'Experience with discrete-event simulation or queueing models',
      'Experience running services on AWS at high request volumes',
    ]);
  });

  it('reads Chinese headings on an /en/ address', () => {
    expect(zh.posting.locale).toBe('en');
    expect(zh.posting.description).toMatch(/^Sellers wait for their money/);
    expect(zh.posting.basicQualifications).toHaveLength(3);
    expect(zh.posting.preferredQualifications).toEqual([
      'Experience with Spark, Redshift or similar tools for large data sets',
    ]);
  });

  it('shows country-first locations as people write them', () => {
    expect(en.posting.locations).toEqual(['Bengaluru, KA, India', 'Hyderabad, TS, India']);
    expect(zh.posting.locations).toEqual(['Hyderabad, TS, India']);
  });

  it('reports nothing missing although the page has no category or team block', () => {
    expect(en.posting.category).toBe('');
    expect(en.missing).toEqual([]);
    expect(zh.missing).toEqual([]);
  });
});

describe('extractPosting on partial and localised pages', () => {
  it.each([
    {
      file: 'missing-preferred.html',
      url: 'https://www.amazon.jobs/en/jobs/3000202/bie',
      title: 'Business Intelligence Engineer, Seller Insights',
      jobId: '3000202',
      locale: 'en',
      firstBasic: '2+ years of experience analysing data with SQL',
      missing: ['preferredQualifications'],
    },
    {
      file: 'es-locale.html',
      url: 'https://www.amazon.jobs/es/jobs/3000303/ingeniero',
      title: 'Ingeniero de Desarrollo de Software, Pagos',
      jobId: '3000303',
      locale: 'es',
      firstBasic: 'Experiencia profesional en desarrollo de software',
      missing: [],
    },
    {
      file: 'ja-locale.html',
      url: 'https://www.amazon.jobs/ja/jobs/3000404/sde',
      title: 'ソフトウェア開発エンジニア, 物流システム',
      jobId: '3000404',
      locale: 'ja',
      firstBasic: 'ソフトウェア開発の実務経験',
      missing: [],
    },
    {
      file: 'fr-ca-locale.html',
      url: 'https://www.amazon.jobs/fr-ca/jobs/3000505/tpm',
      title: 'Gestionnaire de programme technique, Centres de tri',
      jobId: '3000505',
      locale: 'fr-ca',
      firstBasic: "3 ans ou plus d'expérience en gestion de programmes techniques",
      missing: [],
    },
  ])('$file: reads title, id, locale and sections by translated heading', (c) => {
    const { posting, missing } = extractPosting(load(c.file), c.url);
    expect(posting.title).toBe(c.title);
    expect(posting.jobId).toBe(c.jobId);
    expect(posting.locale).toBe(c.locale);
    expect(posting.basicQualifications[0]).toBe(c.firstBasic);
    expect(posting.description.length).toBeGreaterThan(20);
    expect(missing).toEqual(c.missing);
  });

  it('removes the Japanese middle-dot bullet from description lines', () => {
    const { posting } = extractPosting(load('ja-locale.html'), '');
    expect(posting.description.split('\n')[1]).toBe('大量の注文を処理するサービスの開発');
  });

  it('takes the job id from the page when the URL has none, and the URL from the canonical link', () => {
    const { posting } = extractPosting(load('es-locale.html'));
    expect(posting.jobId).toBe('3000303');
    expect(posting.url).toBe(
      'https://www.amazon.jobs/es/jobs/3000303/ingeniero-de-desarrollo-de-software-pagos',
    );
    expect(posting.locale).toBe('es');
  });
});

describe('extractPosting when the layout changes', () => {
  it('reads the same posting from a page whose classes and ids were all renamed', () => {
    const full = extractPosting(load('full-en.html'), fullUrl);
    const changed = extractPosting(load('changed-classes.html'), fullUrl);
    expect(changed.missing).toEqual([]);
    expect(changed.posting).toEqual({ ...full.posting, company: '' });
  });

  it('falls back to the URL for the id and to <title> for the title', () => {
    const doc = parse(
      '<title>Data Engineer II - Job ID: 3001414 | Amazon.jobs</title><p>Nothing else here</p>',
    );
    const { posting, missing } = extractPosting(doc, 'https://www.amazon.jobs/de/jobs/3001414/x');
    expect(posting).toMatchObject({ title: 'Data Engineer II', jobId: '3001414', locale: 'de' });
    expect(missing).toEqual(['description', 'basicQualifications', 'preferredQualifications']);
  });

  it('returns an empty posting with every analysed field missing on a page that is not a job', () => {
    const { posting, missing } = extractPosting(
      load('non-job.html'),
      'https://www.amazon.jobs/en/search?base_query=engineer',
    );
    expect(missing).toEqual([...analysisFields]);
    expect(posting.title).toBe('');
    expect(posting.locale).toBe('en');
  });

  it('does not throw on an empty document', () => {
    expect(extractPosting(parse(''), '').missing).toEqual([...analysisFields]);
  });
});

describe('extractPosting on a hostile page', () => {
  const { posting } = extractPosting(
    load('hostile.html'),
    'https://www.amazon.jobs/en/jobs/3000606/support-engineer',
  );
  const everything = JSON.stringify(posting);

  it('keeps escaped markup as literal text', () => {
    expect(posting.title).toBe('Support Engineer <img src=x onerror="window.__pwned=1">');
    expect(posting.description).toContain('<img src=x onerror="window.__pwned=1"> is how');
    expect(posting.basicQualifications).toContain(
      'Can explain why <script>alert(1)</script> in a form field is a bug',
    );
  });

  it('runs nothing and copies no script, style or noscript contents', () => {
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    for (const marker of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'NOSCRIPT-TEXT',
      '__pwned = ',
      'javascript:',
    ]) {
      expect(everything).not.toContain(marker);
    }
    expect(posting.preferredQualifications).toEqual(['Experience with shell scripting']);
  });
});

describe('extractPosting on pages built to mislead or overwhelm', () => {
  it('removes bidi controls and zero-width characters from what it reads', () => {
    const doc = parse(
      '<h1 class="title">Data\u202e reenignE\u202c\u200b Engineer\u2066\u2069</h1>' +
        '<div class="section"><h2>Description</h2>Own\u200d the\ufeff pipelines\u200e</div>',
    );
    const { posting } = extractPosting(doc, 'https://www.amazon.jobs/en/jobs/3001616/x');
    expect(posting.title).toBe('Data reenignE Engineer');
    expect(posting.description).toBe('Own the pipelines');
  });

  it('refuses a page nested thousands of levels deep with a plain message', () => {
    const depth = 3000;
    const doc = parse(`<h1 class="title">T</h1>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`);
    expect(() => extractPosting(doc, '')).toThrow('the page is nested too deeply to read');
  });
});

describe('extractPosting caps what a page can send', () => {
  it('cuts an oversized title and too many bullets to the schema limits', () => {
    const bullets = Array.from({ length: 300 }, (_, i) => `- point ${i}<br>`).join('');
    const doc = parse(
      `<h1 class="title">${'T'.repeat(5000)}</h1><div class="section"><h2>BASIC QUALIFICATIONS</h2>${bullets}</div>`,
    );
    const result = extractPosting(doc, 'https://www.amazon.jobs/en/jobs/3001515/x');
    expect(result.posting.title).toHaveLength(300);
    expect(result.posting.basicQualifications).toHaveLength(200);
    expect(() => parseExtractResult(result)).not.toThrow();
  });
});
