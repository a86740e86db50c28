import { lazy, Suspense, useMemo, useState } from 'react';
import { EmptyState } from '@/components/common/empty-state';
import { LoadingState } from '@/components/common/loading-state';
import { useCurrentPosting } from '@/components/common/use-current-posting';
import { useOpenOptions } from '@/components/common/use-open-options';
import { useStories } from '@/components/common/use-stories';
import { useAttempts } from '@/components/common/use-attempts';
import { RecruiterOpener } from '@/components/opener/recruiter-opener';
import { PrepSection } from '@/components/prep/prep-section';
import { MarathonPanel } from './marathon-panel';
import { useMockLoops } from './use-mock-loops';
import { ProgressView } from './progress-view';
import './practice.css';
import { viewHref } from '@/lib/views/ids';

// Loaded when first opened, so the side panel's first paint stays within its size budget.
const OaPanel = lazy(() => import('./oa-panel').then((m) => ({ default: m.OaPanel })));
const MockLoopPanel = lazy(() =>
  import('./mock-loop-panel').then((m) => ({ default: m.MockLoopPanel })),
);

const sections = [
  { id: 'marathon', label: 'Marathon' },
  { id: 'oa', label: 'Online assessment' },
  { id: 'mock', label: 'Mock loop' },
  { id: 'progress', label: 'Progress' },
  { id: 'opener', label: 'Opener' },
  { id: 'prep', label: 'Prep plan' },
] as const;
type SectionId = (typeof sections)[number]['id'];

function initialSection(): SectionId {
  const wanted = new URLSearchParams(window.location.search).get('section');
  return sections.find((s) => s.id === wanted)?.id ?? 'marathon';
}

/**
 * The side panel's Practice view: the behavioural marathon, online-assessment practice, the mock
 * loop, progress, the recruiter opener and the prep plan.
 */
export function PracticeView() {
  const [section, setSection] = useState<SectionId>(initialSection);
  const current = useCurrentPosting();
  const { stories } = useStories();
  const { attempts } = useAttempts();
  const openOptions = useOpenOptions();
  const { loops } = useMockLoops();
  const analysis = current.status === 'ready' ? current.analysis : null;
  const lastDebrief = loops?.find((l) => l.debrief)?.debrief;
  const likely = useMemo(
    () => (analysis?.lps ?? []).map((lp) => ({ id: lp.id, score: lp.score })),
    [analysis],
  );
  return (
    <div className="practice-view">
      <h1>Practice</h1>
      <div role="group" aria-label="Practice sections" className="practice-sections">
        {sections.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-pressed={s.id === section}
            onClick={() => setSection(s.id)}
          >
            {s.label}
          </button>
        ))}
        <button type="button" onClick={openOptions}>
          Edit profile
        </button>
      </div>
      {section === 'marathon' && !stories && <LoadingState label="Reading your stories…" />}
      {section === 'marathon' && stories?.length === 0 && (
        <EmptyState title="No stories yet">
          <p>
            The marathon asks five LP questions and you pick a story for each.{' '}
            <a href={viewHref('stories')}>Add your first story</a>.
          </p>
        </EmptyState>
      )}
      {section === 'marathon' && stories && stories.length > 0 && (
        <MarathonPanel
          stories={stories}
          likely={likely}
          fit={{ family: analysis?.role.family ?? null, band: analysis?.level.band ?? null }}
        />
      )}
      {section === 'oa' && (
        <Suspense fallback={<LoadingState label="Opening the online assessment…" />}>
          <OaPanel
            family={analysis?.role.family ?? 'other'}
            postingTop={(analysis?.lps ?? []).filter((lp) => lp.top).map((lp) => lp.id)}
          />
        </Suspense>
      )}
      {section === 'mock' && !stories && <LoadingState label="Reading your stories…" />}
      {section === 'mock' && stories && (
        <Suspense fallback={<LoadingState label="Opening the mock loop…" />}>
          <MockLoopPanel current={current} stories={stories} />
        </Suspense>
      )}
      {section === 'progress' && !attempts && <LoadingState label="Reading your practice…" />}
      {section === 'progress' && attempts && <ProgressView attempts={attempts} />}
      {section === 'opener' && (
        <RecruiterOpener
          analysis={analysis}
          team={current.result?.posting.team}
          category={current.result?.posting.category}
        />
      )}
      {section === 'prep' && (
        <PrepSection
          process={analysis?.process ?? null}
          principles={analysis?.lps.map((lp) => lp.id)}
          mockFocus={lastDebrief?.practiseNext.map((p) => p.text)}
        />
      )}
    </div>
  );
}
