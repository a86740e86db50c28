/**
 * Where things sit on an amazon.jobs job page. Every selector is a hint: extract.ts matches
 * sections by heading text and falls back to document-wide searches when a class is gone.
 */

/** Job pages in every locale, on both hosts: /en/jobs/123/slug, /fr-ca/jobs/123, /jobs/123. */
export const jobPageMatches = [
  'https://www.amazon.jobs/*/jobs/*',
  'https://amazon.jobs/*/jobs/*',
  'https://www.amazon.jobs/jobs/*',
  'https://amazon.jobs/jobs/*',
] as const;
