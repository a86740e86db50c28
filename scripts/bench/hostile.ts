/**
 * Hostile input: the worst time any entry point takes on 100,000-character strings built to make a
 * backtracking regular expression go quadratic, on a .docx bomb and on a megabyte bullet. Each
 * figure is the slowest input's CPU milliseconds (CPU, not wall time: on a shared machine the wall
 * clock also counts other processes). A quadratic pattern takes seconds to minutes on these
 * inputs, so the targets separate linear from quadratic; `npm test` runs this module with
 * `--check --slack 5` as a guard against a hang.
 */
import { Window } from 'happy-dom';
import { extractPosting } from '../../lib/posting/extract';
import { fromSearchJson } from '../../lib/posting/from-search-json';
import { cleanDocumentTitle, readMeta, readTitle } from '../../lib/posting/page-facts';
import { htmlToLines } from '../../lib/posting/strip-tags';
import { classifyHeading, normalizeHeading } from '../../lib/posting/text-lines';
import { loadNlp } from '../../lib/nlp/engine';
import { answerFeedback } from '../../lib/practice/answer-feedback';
import { followUps } from '../../lib/practice/follow-up';
import { pushback } from '../../lib/practice/pushback';
import { checkDocxSizes } from '../../lib/resume/docx-zip';
import { readOpener } from '../../lib/resume/first-word';
import { importResumeFile, type PdfJs } from '../../lib/resume/import-file';
import { lintBullet } from '../../lib/resume/lint-bullet';
import { lintResume } from '../../lib/resume/lint-resume';
import { headingKind, roleDates, splitResume } from '../../lib/resume/split-resume';
import { bare, clip, tokenize } from '../../lib/resume/words';
import { checkStory } from '../../lib/stories/checks';
import { storyEvidence } from '../../lib/stories/evidence';
import { decodeText } from '../../lib/text/decode-bytes';
import { findMetrics, quoteMetric } from '../../lib/text/metric';
import { trimEndMatching } from '../../lib/text/trim-end';
import { docxBomb } from '../../tests/fixtures/docx';
import { pdf, resumePages } from '../../tests/fixtures/pdf';
import {
  hostileMetricText,
  hostileMetricTokens,
  hostilePageHtml,
  hostilePageText,
  hostileResumeText,
  hostileStory,
  hostileStoryText,
} from '../../tests/fixtures/hostile-text';

/** Milliseconds a figure may take; `bench --check` compares against these. */
export const targets: Record<string, number> = {
  hostile_resume_max_ms: 100,
  hostile_metric_max_ms: 100,
  hostile_txt_import_max_ms: 100,
  hostile_posting_max_ms: 100,
  // Four parts of 100,000 characters each: 16 times the longest story the bank accepts.
  hostile_story_checks_max_ms: 200,
  // Pushback, follow-ups and answer feedback run the NLP tagger over the whole text: linear but heavy.
  hostile_practice_max_ms: 1_000,
  docx_bomb_check_ms: 100,
  docx_bomb_import_ms: 500,
  // 19 MB of paragraphs under the zip limit, refused by its document.xml's size while inflating.
  docx_paragraphs_import_ms: 500,
  // 20 pages sharing one 50 MB stream: refused by the stream check before pdf.js loads.
  pdf_shared_stream_import_ms: 500,
  lint_megabyte_bullet_ms: 1_000,
  trim_end_200k_ms: 100,
};

/** Which input was slowest for each figure, for the `--check` report. */
export const worst: Record<string, string> = {};

/**
 * CPU milliseconds of one run. One run, not the best of several: the linter caches its answers,
 * so a second run would time the cache.
 */
async function cpuMs(run: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

type Calls = Record<string, Record<string, () => unknown>>;

/** The slowest call of `calls` (input → entry point → call), noted in `worst` under `figure`. */
async function slowest(figure: string, calls: Calls): Promise<number> {
  let max = 0;
  for (const [input, fns] of Object.entries(calls))
    for (const [name, fn] of Object.entries(fns)) {
      const ms = await cpuMs(fn);
      if (ms >= max) {
        max = ms;
        worst[figure] = `${name} on ${input}`;
      }
    }
  return Math.round(max * 10) / 10;
}

const each = <T>(table: Record<string, string>, make: (text: string) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(table).map(([label, text]) => [label, make(text)]));

const noPdf = (() => Promise.reject(new Error('no PDF here'))) as () => Promise<PdfJs>;

export async function measure(): Promise<Record<string, number>> {
  await loadNlp();
  const window = new Window();
  const parse = (html: string) =>
    new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

  // Warm the JIT and the caches on ordinary text, so the figures are of the inputs.
  lintResume('EXPERIENCE\n- Led a team of 4. Experience: 2020 - Present');
  pushback(hostileStory('Led a team of 4 and cut costs by 10%.'));

  const figures: Record<string, number> = {};
  figures.hostile_resume_max_ms = await slowest(
    'hostile_resume_max_ms',
    each(hostileResumeText, (t) => ({
      lintBullet: () => lintBullet(t),
      lintResume: () => lintResume(t),
      splitResume: () => splitResume(t),
      headingKind: () => headingKind(t),
      roleDates: () => roleDates(t),
      readOpener: () => readOpener(t),
      bare: () => bare(t),
      clip: () => clip(t),
      tokenize: () => tokenize(t),
      decodeText: () => decodeText(new TextEncoder().encode(t)),
    })),
  );
  figures.hostile_metric_max_ms = await slowest('hostile_metric_max_ms', {
    ...Object.fromEntries(
      hostileMetricTokens.map((label) => [
        label,
        { findMetrics: () => findMetrics(hostileResumeText[label] ?? '') },
      ]),
    ),
    ...each(hostileMetricText, (t) => ({
      findMetrics: () => findMetrics(t),
      quoteMetric: () => quoteMetric(t),
    })),
  });
  figures.hostile_txt_import_max_ms = await slowest(
    'hostile_txt_import_max_ms',
    each(hostileResumeText, (t) => ({
      importResumeFile: () => importResumeFile('cv.txt', new TextEncoder().encode(t), noPdf),
    })),
  );

  const pages = each(hostilePageText, (t) => {
    const html = hostilePageHtml(t);
    return {
      text: t,
      head: parse(html.head),
      asMarkup: parse(html.asMarkup),
      asText: parse(html.asText),
    };
  });
  figures.hostile_posting_max_ms = await slowest(
    'hostile_posting_max_ms',
    Object.fromEntries(
      Object.entries(pages).map(([label, p]) => [
        label,
        {
          htmlToLines: () => htmlToLines(p.text),
          cleanDocumentTitle: () => cleanDocumentTitle(p.text),
          normalizeHeading: () => normalizeHeading(p.text),
          classifyHeading: () => classifyHeading(p.text),
          headingKind: () => headingKind(p.text),
          readTitle: () => readTitle(p.head),
          readMeta: () => readMeta(p.head),
          extractMarkup: () =>
            extractPosting(
              p.asMarkup,
              `https://www.amazon.jobs/en/jobs/3000101/${p.text.slice(0, 1_000)}`,
            ),
          extractText: () => extractPosting(p.asText, ''),
          fromSearchJson: () =>
            fromSearchJson({
              title: p.text,
              description: p.text,
              basic_qualifications: p.text,
              location: p.text,
              job_path: p.text,
            }),
        },
      ]),
    ),
  );

  figures.hostile_story_checks_max_ms = await slowest(
    'hostile_story_checks_max_ms',
    each(hostileStoryText, (t) => ({
      checkStory: () => checkStory(hostileStory(t)),
      storyEvidence: () => storyEvidence(hostileStory(t)),
    })),
  );
  figures.hostile_practice_max_ms = await slowest(
    'hostile_practice_max_ms',
    each(hostileStoryText, (t) => ({
      pushback: () => pushback(hostileStory(t)),
      followUps: () => followUps(t),
      answerFeedback: () => answerFeedback({ text: t, principleId: 'ownership' }),
    })),
  );

  const bomb = docxBomb(30);
  figures.docx_bomb_check_ms = await slowest('docx_bomb_check_ms', {
    '30 MB bomb': { checkDocxSizes: () => checkDocxSizes(bomb) },
  });
  figures.docx_bomb_import_ms = await slowest('docx_bomb_import_ms', {
    '30 MB bomb': { importResumeFile: () => importResumeFile('cv.docx', bomb, noPdf) },
  });
  const paragraphs = docxBomb(19);
  figures.docx_paragraphs_import_ms = await slowest('docx_paragraphs_import_ms', {
    '19 MB of paragraphs': {
      importResumeFile: () => importResumeFile('cv.docx', paragraphs, noPdf),
    },
  });
  const shared = pdf({ pages: resumePages(20), padMegabytes: 50, shared: true });
  figures.pdf_shared_stream_import_ms = await slowest('pdf_shared_stream_import_ms', {
    '20 pages, one 50 MB stream': {
      importResumeFile: () => importResumeFile('cv.pdf', shared, noPdf),
    },
  });
  figures.lint_megabyte_bullet_ms = await slowest('lint_megabyte_bullet_ms', {
    'a megabyte bullet': { lintBullet: () => lintBullet(`Built ${'x'.repeat(1_000_000)}`) },
    'long words and digits': {
      lintBullet: () => lintBullet(`${'a'.repeat(50_000)} ${'1'.repeat(10_000)}%`),
      lintResume: () => lintResume(`${'- was '.repeat(5_000)}\n${'Experience\n'.repeat(2_000)}`),
    },
  });
  figures.trim_end_200k_ms = await slowest('trim_end_200k_ms', {
    'dots that do not reach the end': {
      trimEndMatching: () =>
        trimEndMatching(`Led${'.'.repeat(100_000)}x${'.'.repeat(100_000)}`, /[.]/),
    },
  });
  await window.happyDOM.close();
  return figures;
}
