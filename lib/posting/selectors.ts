/**
 * Where things sit on an amazon.jobs job page. Every selector is a hint: extract.ts matches
 * sections by heading text and falls back to document-wide searches when a class is gone.
 */

/**
 * Where the content script runs: job pages in every locale, on both hosts (/en/jobs/123/slug,
 * /fr-ca/jobs/123, /jobs/123), and the search pages, because amazon.jobs opens a job from its
 * search results without a reload: a script that only matched job pages would never start.
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

/** The posting title, every locale. Fixture: full-en.html; es-locale.html. */
export const titleSelector = 'h1.title';

/**
 * "Job ID: 2904517 | Amazon.com Services LLC" under the title; the label is translated on
 * localised pages ("ID del empleo", "求人ID"). Fixtures: full-en.html, es-locale.html, ja-locale.html.
 */
export const metaSelector = '.meta';

/**
 * The posting body (description and qualification sections). Only a scope hint: sections
 * are found by heading text, and the whole document is searched when it is gone.
 * Fixtures: full-en.html (present), changed-classes.html (renamed).
 */
export const detailBodySelector = '#job-detail-body';

/**
 * Elements that can carry a section heading: `h2` on the current page, the rest for layouts
 * that render headings as bold text. Fixtures: full-en.html (h2), changed-classes.html (h3, strong).
 */
export const headingSelector = 'h1, h2, h3, h4, h5, h6, strong, b, dt, th';

/** Job category link in the side column. Fixture: full-en.html. */
export const categorySelector = '.association.job-category-icon';
/**
 * The side column. On the 2026 page it sits inside #job-detail-body next to the content column
 * and holds "Job details" and the locations: its text must never count as a section.
 */
export const sidebarSelector = '.sidebar';
/** Location list (li/a items) in the side column. Fixtures: full-en.html (two locations), es-locale.html. */
export const locationSelector = '.association.location-icon';
/** Team link; many postings have none. Fixtures: full-en.html (present), missing-preferred.html (absent). */
export const teamSelector = '.association.team-icon';

/**
 * Class-free fallbacks: the side-column links point at these site paths. Links inside
 * header/nav/footer (the site menu) are ignored. Fixture: changed-classes.html.
 */
export const categoryLinkSelector = 'a[href*="/job_categories/"]';
export const locationLinkSelector = 'a[href*="/locations/"]';
export const teamLinkSelector = 'a[href*="/teams/"]';
/** Site chrome whose links are menus, not the posting's own facts. */
export const chromeSelector = 'header, nav, footer';

/** Title and address fallbacks in <head>. Fixture: changed-classes.html. */
export const ogTitleSelector = 'meta[property="og:title"]';
export const canonicalSelector = 'link[rel="canonical"]';
export const ogUrlSelector = 'meta[property="og:url"]';
