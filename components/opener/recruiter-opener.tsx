import { useMemo } from 'react';
import { Section } from '@/components/common/section';
import { LoadingState } from '@/components/common/loading-state';
import { useClipboard } from '@/components/common/use-clipboard';
import { useOpenOptions } from '@/components/common/use-open-options';
import { useSavedProfile } from '@/components/opener/use-saved-profile';
import type { PostingAnalysis } from '@/lib/analysis/schema';
import { OpenerCard } from './opener-card';

interface RecruiterOpenerProps {
  /** The posting's analysis, or null for an opener without a posting (side panel, no job tab). */
  analysis: PostingAnalysis | null;
  team?: string;
  category?: string;
}

/** The recruiter-screen opener section: reads the saved profile and shows the opener for this posting. */
export function RecruiterOpener({ analysis, team, category }: RecruiterOpenerProps) {
  const saved = useSavedProfile();
  const copy = useClipboard();
  const openOptions = useOpenOptions();
  const posting = useMemo(
    () => (analysis ? { analysis, team, category } : null),
    [analysis, team, category],
  );
  return (
    <Section title="Recruiter-screen opener">
      {saved.status === 'loading' && <LoadingState label="Reading your profile…" />}
      {saved.status === 'none' && (
        <>
          <p>
            Add your profile (role, years, domain, target level and an Amazon product you use) and
            LoopReady writes a recruiter-screen opener for this posting.
          </p>
          <button type="button" onClick={openOptions}>
            Add your profile
          </button>
        </>
      )}
      {saved.status === 'ready' && (
        <OpenerCard
          profile={saved.profile}
          posting={posting}
          onCopy={copy}
          onEditProfile={openOptions}
        />
      )}
    </Section>
  );
}
