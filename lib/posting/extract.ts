import { emptyPosting, fieldCaps as caps, postingFields } from './fields';
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
import type { ExtractResult, Posting, PostingField } from './schema';
import { detailBodySelector } from './selectors';
import { capText, cleanLines } from './text-lines';

function missingFields(posting: Posting): PostingField[] {
  return postingFields.filter((field) => posting[field].length === 0);
}

/**
 * Reads an amazon.jobs job page into a Posting, text only, every field trimmed and capped.
 * Never throws on page shape: unread fields come back empty and are named in `missing`.
 * A page with no job id and no posting sections (search, landing) yields an empty posting.
 */
export function extractPosting(doc: Document, url = ''): ExtractResult {
  const pageUrl = capText((url || readPageUrl(doc)).trim(), caps.url);
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
  if (!jobId && !hasSections) return { posting, missing: [...postingFields] };

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
