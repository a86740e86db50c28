import type { ReactNode } from 'react';
import type { Posting } from '@/lib/posting/schema';
import type { PostingAnalysis } from '@/lib/analysis/schema';
import { CollapsibleSection } from '@/components/common/collapsible-section';
import { Section } from '@/components/common/section';
import { LevelBadge } from './level-badge';
import { LpEvidenceList } from './lp-evidence-list';
import { MissingFieldsNotice } from './missing-fields-notice';
import { PostingSummary } from './posting-summary';
import { ProcessTimeline } from './process-timeline';
import { RoleSummary } from './role-summary';

interface PostingViewProps {
  posting: Posting;
  analysis: PostingAnalysis;
  /** Rendered right after the Leadership Principles: the slot for the recruiter-screen opener. */
  extra?: ReactNode;
}

/**
 * The analysis of one posting, in the order a candidate reads it: title and facts, partial-read
 * notice, role, level, the top LPs (the rest behind "More"), the opener slot, then the
 * interview process, collapsed, so the opener is reachable within one screen of scrolling.
 */
export function PostingView({ posting, analysis, extra }: PostingViewProps) {
  return (
    <article className="posting-view">
      <PostingSummary posting={posting} />
      <MissingFieldsNotice missing={analysis.missing} />
      <Section title="Role">
        <RoleSummary role={analysis.role} />
      </Section>
      <Section title="Level">
        <LevelBadge level={analysis.level} />
      </Section>
      <Section title="Likely Leadership Principles">
        <LpEvidenceList lps={analysis.lps} />
      </Section>
      {extra}
      <CollapsibleSection title="Interview process">
        <ProcessTimeline process={analysis.process} />
      </CollapsibleSection>
    </article>
  );
}
