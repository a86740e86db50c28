/**
 * Where things sit on an amazon.jobs job page. Every selector is a hint: extract.ts matches
 * sections by heading text and falls back to document-wide searches when a class is gone.
 *
 * Each selector `x` is paired with `x_`: the fixture pages (tests/fixtures/amazon-jobs) and how
 * many elements it must match in each, the way Refined GitHub pairs its selectors with pages.
 * tests/lib/posting/selectors.test.ts fails for a selector without a pairing or whose count
 * differs, so a changed selector or fixture is noticed, and each fixture says what it covers.
 */

/** A selector's fixture pages and the number of elements it matches in each. */
export type FixtureCounts = readonly (readonly [fixture: string, count: number])[];

/**
 * Where the content script runs: job pages in every locale, on both hosts (/en/jobs/123/slug,
 * /fr-ca/jobs/123, /jobs/123), and the search pages, because amazon.jobs opens a job from its
 * search results without a reload: a script that only matched job pages would never start.
 * (URL patterns, not selectors: tests/e2e/release.spec.ts pins them in the manifest.)
 */
export const jobPageMatches = [
  'https://www.amazon.jobs/*/jobs/*',
  'https://amazon.jobs/*/jobs/*',
  'https://www.amazon.jobs/jobs/*',
  'https://amazon.jobs/jobs/*',
  'https://www.amazon.jobs/*/search*',
  'https://amazon.jobs/*/search*',
  'https://www.amazon.jobs/search*',
  'https://amazon.jobs/search*',
] as const;

/**
 * The posting title, every locale. On the 2026 page its visible text is cut ("…") and its
 * `title` attribute holds the whole title.
 */
export const titleSelector = 'h1.title';
export const titleSelector_ = [
  ['full-en.html', 1],
  ['es-locale.html', 1],
  ['layout-2026-en.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;

/**
 * "Job ID: 2904517 | Amazon.com Services LLC" under the title; the label is translated on
 * localised pages ("ID del empleo", "求人ID", "职位编号"). After the pipe is a legal entity
 * ("ADCI - Karnataka"), never a team.
 */
export const metaSelector = '.meta';
export const metaSelector_ = [
  ['full-en.html', 1],
  ['ja-locale.html', 1],
  ['layout-2026-zh-headings.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;

/**
 * The posting body (description and qualification sections; on the 2026 page also the side
 * column). Only a scope hint: sections are found by heading text, and the whole document is
 * searched when it is gone.
 */
export const detailBodySelector = '#job-detail-body';
export const detailBodySelector_ = [
  ['full-en.html', 1],
  ['layout-2026-en.html', 1],
  ['changed-classes.html', 0],
  ['non-job.html', 0],
] as const satisfies FixtureCounts;

/**
 * Elements that can carry a section heading: `h2` on the current page, the rest for layouts
 * that render headings as bold text. Counts include the title and side-column headings.
 */
export const headingSelector = 'h1, h2, h3, h4, h5, h6, strong, b, dt, th';
export const headingSelector_ = [
  ['full-en.html', 4],
  ['changed-classes.html', 4],
  ['missing-preferred.html', 3],
  ['layout-2026-en.html', 5],
] as const satisfies FixtureCounts;

/**
 * The side column. On the 2026 page it sits inside #job-detail-body next to the content column
 * and holds "Job details" and the locations: its text must never count as a section.
 */
export const sidebarSelector = '.sidebar';
export const sidebarSelector_ = [
  ['full-en.html', 1],
  ['layout-2026-en.html', 1],
  ['layout-2026-zh-headings.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;

/** Job category link in the side column; the 2026 page has none. */
export const categorySelector = '.association.job-category-icon';
export const categorySelector_ = [
  ['full-en.html', 1],
  ['es-locale.html', 1],
  ['layout-2026-en.html', 0],
] as const satisfies FixtureCounts;

/** Location list (li/a items) in the side column of the older page. */
export const locationSelector = '.association.location-icon';
export const locationSelector_ = [
  ['full-en.html', 1],
  ['es-locale.html', 1],
  ['layout-2026-en.html', 0],
] as const satisfies FixtureCounts;

/** Team link; many postings have none, and the 2026 page never has one. */
export const teamSelector = '.association.team-icon';
export const teamSelector_ = [
  ['full-en.html', 1],
  ['manager-en.html', 1],
  ['missing-preferred.html', 0],
  ['layout-2026-en.html', 0],
] as const satisfies FixtureCounts;

/**
 * Class-free fallbacks: the side-column links point at these site paths. Links inside
 * header/nav/footer (the site menu) are ignored, so counts include menu links.
 */
export const categoryLinkSelector = 'a[href*="/job_categories/"]';
export const categoryLinkSelector_ = [
  ['changed-classes.html', 2],
  ['full-en.html', 2],
  ['layout-2026-en.html', 0],
] as const satisfies FixtureCounts;

/** Location links; on the 2026 page the only way to its locations. */
export const locationLinkSelector = 'a[href*="/locations/"]';
export const locationLinkSelector_ = [
  ['changed-classes.html', 2],
  ['layout-2026-en.html', 3],
  ['layout-2026-zh-headings.html', 1],
  ['missing-preferred.html', 0],
] as const satisfies FixtureCounts;

export const teamLinkSelector = 'a[href*="/teams/"]';
export const teamLinkSelector_ = [
  ['changed-classes.html', 3],
  ['full-en.html', 3],
  ['layout-2026-zh-headings.html', 0],
] as const satisfies FixtureCounts;

/** Site chrome whose links are menus, not the posting's own facts. */
export const chromeSelector = 'header, nav, footer';
export const chromeSelector_ = [
  ['full-en.html', 3],
  ['changed-classes.html', 3],
  ['layout-2026-en.html', 3],
  ['es-locale.html', 0],
] as const satisfies FixtureCounts;

/** Title and address fallbacks in <head>. */
export const ogTitleSelector = 'meta[property="og:title"]';
export const ogTitleSelector_ = [
  ['full-en.html', 1],
  ['layout-2026-zh-headings.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;

export const canonicalSelector = 'link[rel="canonical"]';
export const canonicalSelector_ = [
  ['es-locale.html', 1],
  ['layout-2026-en.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;

export const ogUrlSelector = 'meta[property="og:url"]';
export const ogUrlSelector_ = [
  ['full-en.html', 1],
  ['changed-classes.html', 0],
] as const satisfies FixtureCounts;
