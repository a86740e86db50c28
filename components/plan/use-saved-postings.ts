import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { analyzePosting } from '@/lib/analysis/analyze';
import { listSavedPostings, refreshStaleAnalyses, savePosting } from '@/lib/db/postings';
import type { PostingAnalysis } from '@/lib/analysis/schema';
import type { ExtractResult } from '@/lib/posting/schema';
import type { SavedPosting } from '@/lib/backup/bank-schema';

/** The posting in the active tab with the analysis the background made of it. */
export interface AnalysedPosting {
  result: ExtractResult;
  analysis: PostingAnalysis;
}

/**
 * Postings seen before, last seen first, each with its stored analysis. `current` (the posting
 * in the active tab) is kept too, with its analysis, so a plan can be made for it later without
 * the tab. Both writes run in effects, never while rendering; saved postings are analysed again
 * only when the analyser's version changed since they were saved (once per panel opening).
 */
export function useSavedPostings(current: AnalysedPosting | null): SavedPosting[] | undefined {
  useEffect(() => {
    void refreshStaleAnalyses(analyzePosting).catch(() => undefined);
  }, []);
  const result = current?.result;
  const analysis = current?.analysis;
  useEffect(() => {
    if (result && analysis) void savePosting(result, Date.now(), analysis).catch(() => undefined);
  }, [result, analysis]);
  return useLiveQuery(listSavedPostings, []);
}
