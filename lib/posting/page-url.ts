/**
 * What an amazon.jobs URL says about a posting: /<locale>/jobs/<id>/<slug>. Plain string
 * work (no `URL`), so it cannot throw on a malformed address.
 */

const jobPath =
  /^(?:https?:\/\/[^/?#]+)?(?:\/([a-z]{2}(?:[-_][a-z0-9]{2,4})?))?\/jobs\/(\d{3,12})(?=[/?#]|$)/i;
const localePath = /^(?:https?:\/\/[^/?#]+)?\/([a-z]{2}(?:[-_][a-z0-9]{2,4})?)(?=[/?#]|$)/i;

/** The numeric job id in a job-page URL or path, or ''. */
export function jobIdFromUrl(url: string): string {
  return jobPath.exec(url.trim())?.[2] ?? '';
}

/** The locale segment of an amazon.jobs URL or path ("en", "fr-ca"), lower-cased, or ''. */
export function localeFromUrl(url: string): string {
  const trimmed = url.trim();
  const locale = jobPath.exec(trimmed)?.[1] ?? localePath.exec(trimmed)?.[1] ?? '';
  return locale.toLowerCase().replace('_', '-');
}
