import { extractPosting } from '@/lib/posting/extract';
import { jobPageMatches } from '@/lib/posting/selectors';
import { announcePosting, answerGetPosting } from '@/lib/messaging/content-handle';
import type { ExtractResult } from '@/lib/posting/schema';

// Reads the job page (text only, no NLP) and answers the popup; analysis runs in extension pages.
export default defineContentScript({
  matches: [...jobPageMatches],
  runAt: 'document_idle',
  main(ctx) {
    let latest: ExtractResult = extractPosting(document, location.href);
    const stop = answerGetPosting(() => latest);
    ctx.onInvalidated(stop);
    void announcePosting(latest);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      latest = extractPosting(document, location.href);
      void announcePosting(latest);
    });
  },
});
