import { describe, expect, it } from 'vitest';
import { jobIdFromUrl, localeFromUrl } from '../../../lib/posting/page-url';

describe('jobIdFromUrl and localeFromUrl', () => {
  it.each([
    ['https://www.amazon.jobs/en/jobs/2904517/software-dev-engineer', '2904517', 'en'],
    ['https://www.amazon.jobs/fr-ca/jobs/123456/x?ref=1', '123456', 'fr-ca'],
    ['https://amazon.jobs/jobs/123456', '123456', ''],
    ['/zh/jobs/7654321/slug', '7654321', 'zh'],
    ['https://www.amazon.jobs/en/search?base_query=sde', '', 'en'],
    ['https://www.amazon.jobs/en/jobs/12a/x', '', 'en'],
    ['not a url', '', ''],
  ])('%s -> id %j, locale %j', (url, id, locale) => {
    expect(jobIdFromUrl(url)).toBe(id);
    expect(localeFromUrl(url)).toBe(locale);
  });
});
