/**
 * Reads postings from files for the CLI (`posting`, `plan`, `opener`) and the bench: a saved
 * amazon.jobs job page (.html/.htm), or search-API JSON (.json: one job, an array of jobs, or
 * `{ jobs: [...] }`). One entry per posting; a bad file or element becomes an error entry and
 * the rest still load.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Window } from 'happy-dom';
import { extractPosting, tooDeepMessage } from '../../lib/posting/extract';
import { fromSearchJson } from '../../lib/posting/from-search-json';
import type { ExtractResult } from '../../lib/posting/schema';
import { jsonProblem } from '../../lib/text/json-problem';

export type LoadedPosting =
  | { ok: true; source: string; result: ExtractResult }
  /** `notPosting`: the file was read but holds no posting (empty, random bytes, a search page). */
  | { ok: false; source: string; error: string; notPosting?: true };

/**
 * Largest file read, per input kind. A saved job page is well under 1 MB and the search API
 * returns a few hundred kB a page; the caps leave room for "save page complete" with inlined
 * styles and for large exports, and stop a huge file before it is parsed.
 */
export const inputLimits = {
  html: { bytes: 5 * 1024 * 1024, label: '5 MB' },
  json: { bytes: 20 * 1024 * 1024, label: '20 MB' },
} as const;

export const notPostingMessage = 'not a job posting: no title and no description found';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const placeholderUrl = 'https://www.amazon.jobs/';

/** Parses a page with scripts, external files and navigation all off, then extracts it. */
async function fromHtml(html: string): Promise<ExtractResult> {
  const window = new Window({
    url: placeholderUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // '' lets the extractor take the page's canonical / og:url, as a saved page has no address.
    return extractPosting(doc as unknown as Document, '');
  } finally {
    await window.happyDOM.close();
  }
}

function jobsOf(data: unknown): { jobs: unknown[]; many: boolean } {
  if (Array.isArray(data)) return { jobs: data, many: true };
  const jobs = (data as { jobs?: unknown } | null)?.jobs;
  if (Array.isArray(jobs)) return { jobs, many: true };
  return { jobs: [data], many: false };
}

function fromJson(file: string, text: string): LoadedPosting[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ ok: false, source: file, error: `not valid JSON: ${jsonProblem(error)}` }];
  }
  const { jobs, many } = jobsOf(data);
  return jobs.map((job, index): LoadedPosting => {
    const source = many ? `${file}[${index}]` : file;
    const converted = fromSearchJson(job);
    return converted.ok
      ? { ok: true, source, result: converted.result }
      : { ok: false, source, error: converted.error };
  });
}

/** Every posting in `file`, each either a result or a message saying what was wrong. */
export async function loadPostings(file: string): Promise<LoadedPosting[]> {
  const ext = path.extname(file).toLowerCase();
  if (!['.html', '.htm', '.json'].includes(ext)) {
    return [
      { ok: false, source: file, error: 'unsupported file type (expected .html, .htm or .json)' },
    ];
  }
  const kind = ext === '.json' ? 'json' : 'html';
  const limit = inputLimits[kind];
  let text: string;
  try {
    const { size } = await fs.stat(file);
    if (size > limit.bytes) {
      const error = `file too large (${megabytes(size)}; the limit for ${kind.toUpperCase()} postings is ${limit.label})`;
      return [{ ok: false, source: file, error }];
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`;
    return [{ ok: false, source: file, error: reason }];
  }
  if (kind === 'json') return fromJson(file, text);
  let result: ExtractResult;
  try {
    result = await fromHtml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        ok: false,
        source: file,
        error: reason === tooDeepMessage ? reason : `cannot read page (${reason})`,
      },
    ];
  }
  if (!result.posting.title && !result.posting.description) {
    return [{ ok: false, source: file, error: notPostingMessage, notPosting: true }];
  }
  return [{ ok: true, source: file, result }];
}
