import { emptyPosting, analysisFields } from '@/lib/posting/fields';
import { extractPosting } from '@/lib/posting/extract';
import { jobIdFromUrl } from '@/lib/posting/page-url';
import { jobPageMatches } from '@/lib/posting/selectors';
import { announcePosting } from '@/lib/messaging/content-handle';
import { ignoreStartedEventsFromPage } from '@/lib/messaging/content-guard';
import type { ExtractResult } from '@/lib/posting/schema';

/**
 * After an in-page navigation the address changes before the job's text is on the page; read
 * again at these delays (ms) until the posting of the new address is there.
 */
const rereadDelays = [0, 300, 1_000, 2_500, 5_000];

/** The page as a posting; a page that cannot be read at all (nested too deeply) as no posting. */
function read(): ExtractResult {
  try {
    return extractPosting(document, location.href);
  } catch {
    return { posting: emptyPosting(location.href), missing: [...analysisFields] };
  }
}

/** True when `result` is the posting at the current address (or the address names no job). */
function isCurrent(result: ExtractResult): boolean {
  const id = jobIdFromUrl(location.href);
  const { posting } = result;
  return (
    id === '' || (posting.jobId === id && (posting.title !== '' || posting.description !== ''))
  );
}

// Reads the job page (text only, no NLP) and sends each reading to the background, which analyses it.
export default defineContentScript({
  matches: [...jobPageMatches],
  runAt: 'document_idle',
  // The page must not learn the extension id from WXT's "started" message (see content-guard).
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreStartedEventsFromPage();
    let latest: ExtractResult = read();
    void announcePosting(latest);
    let navigation = 0;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const current = ++navigation;
      for (const delay of rereadDelays) {
        ctx.setTimeout(() => {
          if (current !== navigation || (delay > 0 && isCurrent(latest))) return;
          latest = read();
          if (delay === 0 || isCurrent(latest)) void announcePosting(latest);
        }, delay);
      }
    });
  },
});
