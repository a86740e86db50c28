import { useState } from 'react';
import { ViewTabs } from '@/components/common/view-tabs';
import { ResumeView } from '@/components/resume/resume-view';
import { StoriesView } from '@/components/stories/stories-view';
import { PlanView } from '@/components/plan/plan-view';
import { PracticeView } from '@/components/practice/practice-view';
import { sidePanelViews, viewFromQuery, type SidePanelView } from '@/lib/views/ids';

/** What each view shows; the ids and their tab order come from lib/views/ids.ts. */
const viewParts: Record<SidePanelView, { label: string; View: () => React.ReactNode }> = {
  resume: { label: 'Resume', View: ResumeView },
  stories: { label: 'Stories', View: StoriesView },
  plan: { label: 'Plan', View: PlanView },
  practice: { label: 'Practice', View: PracticeView },
};
const views = sidePanelViews.map((id) => ({ id, ...viewParts[id] }));

export function App() {
  const [current, setCurrent] = useState<SidePanelView>(() =>
    viewFromQuery(window.location.search),
  );
  const active = { id: current, ...viewParts[current] };
  return (
    <div className="sidepanel">
      <ViewTabs
        views={views}
        current={current}
        onSelect={setCurrent}
        panelId="view"
        label="LoopReady views"
      />
      <main id="view" role="tabpanel" aria-labelledby={`tab-${active.id}`}>
        <active.View />
      </main>
    </div>
  );
}
