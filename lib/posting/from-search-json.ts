import * as z from 'zod/mini';
import '../text/zod-english';
import { jobIdFromUrl, localeFromUrl } from './page-url';
import { firstIssue } from '../text/zod-issue';
import { missingFields } from './fields';
import { readableLocations } from './location';
import type { ExtractResult, Posting } from './schema';
import { fieldCaps } from './schema';
import { htmlToLines } from './strip-tags';
import { capText, cleanLines, squash, stripInvisible } from './text-lines';

const text = z.nullish(z.string());
const idLike = z.nullish(z.union([z.string(), z.number()]));

/**
 * One job from amazon.jobs' search API (`/<locale>/search.json`, `jobs[]`), or one element of
 * our measuring data set (`id, title, category, location, ...`). Lenient: unknown fields are
 * ignored and every field is optional, but a field that is present must have the right type.
 */
export const SearchJobSchema = z
  .object({
    id: idLike,
    id_icims: idLike,
    title: text,
    company_name: text,
    description: text,
    description_short: text,
    basic_qualifications: text,
    preferred_qualifications: text,
    job_path: text,
    url: text,
    location: text,
    normalized_location: text,
    job_category: text,
    category: text,
    business_category: text,
    team: z.optional(z.union([z.string(), z.looseObject({ label: text }), z.null()])),
  })
  .check(
    z.refine((job) => Boolean(job.title || job.description || job.basic_qualifications), {
      message: 'not a job: it has no title, description or basic_qualifications',
    }),
  );
export type SearchJob = z.infer<typeof SearchJobSchema>;

const amazonJobs = 'https://www.amazon.jobs';

function short(value: string | null | undefined): string {
  return capText(squash(value ?? ''), fieldCaps.short);
}

function lines(value: string | null | undefined): string[] {
  return cleanLines(htmlToLines(value ?? ''), fieldCaps.body, 200);
}

function toPosting(job: SearchJob): Posting {
  const path = job.job_path ?? '';
  const url = job.url || (path.startsWith('/') ? amazonJobs + path : path);
  const id = job.id_icims ?? (jobIdFromUrl(url) || job.id);
  const team = typeof job.team === 'string' ? job.team : (job.team?.label ?? '');
  const locations = readableLocations(squash(job.normalized_location || job.location || ''))
    .map((one) => capText(one, fieldCaps.short))
    .slice(0, fieldCaps.list);
  return {
    title: short(job.title),
    jobId: short(id === null || id === undefined ? '' : String(id)),
    url: capText(stripInvisible(url), 2_000),
    locale: capText(localeFromUrl(url), 10),
    locations,
    category: short(job.job_category || job.category || job.business_category),
    team: short(team),
    company: short(job.company_name),
    description: capText(
      lines(job.description || job.description_short).join('\n'),
      fieldCaps.body,
    ),
    basicQualifications: lines(job.basic_qualifications),
    preferredQualifications: lines(job.preferred_qualifications),
  };
}

/**
 * A search-API job object as an ExtractResult (HTML fields turned into plain lines), or the
 * reason it is not one, naming the first bad field.
 */
export function fromSearchJson(
  raw: unknown,
): { ok: true; result: ExtractResult } | { ok: false; error: string } {
  const parsed = SearchJobSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const posting = toPosting(parsed.data);
  return { ok: true, result: { posting, missing: missingFields(posting) } };
}
