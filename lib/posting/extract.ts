import { nestedDeeperThan } from './dom-text';
import { analysisFields, emptyPosting, fieldCaps as caps, missingFields } from './fields';
import { findSections } from './find-sections';
import { jobIdFromUrl, localeFromUrl } from './page-url';
import {
  readCategory,
  readLabelledJobId,
  readLocations,
  readMeta,
  readPageUrl,
  readTeam,
  readTitle,
} from './page-facts';
import type { ExtractResult } from './schema';
import { detailBodySelector } from './selectors';
import { capText, cleanLines, stripInvisible } from './text-lines';

/**
 * Real pages nest a few dozen levels; Chromium's parser stops nesting at 512. Deeper than this
 * is a hostile page, and DOM libraries that query recursively (happy-dom, in the CLI) would die
 * on it with a stack overflow.
 */
const maxNesting = 512;

/** The one error extractPosting throws, in words a user can act on. */
export const tooDeepMessage = 'the page is nested too deeply to read';

/**
 * Reads an amazon.jobs job page into a Posting, text only, every field trimmed and capped.
 * Unread fields come back empty; `missing` names those the analysis needs (title, description,
 * qualifications). A page with no job id and no posting sections (search, landing) yields an
 * empty posting. Throws only for a page nested deeper than any real one (`tooDeepMessage`).
 */
export function extractPosting(doc: Document, url = ''): ExtractResult {
  if (nestedDeeperThan(doc, maxNesting)) throw new Error(tooDeepMessage);
  const pageUrl = capText(stripInvisible(url || readPageUrl(doc)).trim(), caps.url);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const locale = capText(localeFromUrl(pageUrl) || lang.toLowerCase(), caps.locale);
  const posting = emptyPosting(pageUrl, locale);

  const detail = doc.querySelector(detailBodySelector);
  const sections = findSections(detail ?? doc, {});
  if (detail) findSections(doc, sections);
  const meta = readMeta(doc);
  const hasSections = Object.values(sections).some((lines) => lines.length > 0);
  const jobId =
    meta.jobId ||
    jobIdFromUrl(pageUrl) ||
    (hasSections && doc.body ? readLabelledJobId(doc.body) : '');
  if (!jobId && !hasSections) return { posting, missing: [...analysisFields] };

  posting.title = capText(readTitle(doc), caps.short);
  posting.jobId = capText(jobId, caps.short);
  posting.company = capText(meta.company, caps.short);
  posting.category = capText(readCategory(doc), caps.short);
  posting.team = capText(readTeam(doc), caps.short);
  posting.locations = cleanLines(readLocations(doc), caps.short, caps.list);
  posting.description = capText(
    cleanLines(sections.description ?? [], caps.body, caps.lines).join('\n'),
    caps.body,
  );
  posting.basicQualifications = cleanLines(
    sections.basicQualifications ?? [],
    caps.body,
    caps.lines,
  );
  posting.preferredQualifications = cleanLines(
    sections.preferredQualifications ?? [],
    caps.body,
    caps.lines,
  );
  return { posting, missing: missingFields(posting) };
}
