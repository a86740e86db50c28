import type { ExtractResult } from './schema';

// PLACEHOLDER: replaced by the real extractor.
export function extractPosting(doc: Document, url = ''): ExtractResult {
  const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
  return {
    posting: {
      title,
      jobId: '',
      url,
      locale: '',
      locations: [],
      category: '',
      team: '',
      company: '',
      description: '',
      basicQualifications: [],
      preferredQualifications: [],
    },
    missing: [
      'jobId',
      'locations',
      'category',
      'team',
      'description',
      'basicQualifications',
      'preferredQualifications',
    ],
  };
}
