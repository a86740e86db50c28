import { useState } from 'react';
import { ViewTabs } from '@/components/common/view-tabs';
import { ResumeView } from '@/components/resume/resume-view';
import { StoriesView } from '@/components/stories/stories-view';
import { PlanView } from '@/components/plan/plan-view';
import { PracticeView } from '@/components/practice/practice-view';
import { isSidePanelView, type SidePanelView } from '@/lib/views/ids';

const views = [
  { id: 'resume', label: 'Resume', View: ResumeView },
  { id: 'stories', label: 'Stories', View: StoriesView },
  { id: 'plan', label: 'Plan', View: PlanView },
  { id: 'practice', label: 'Practice', View: PracticeView },
] as const satisfies readonly { id: SidePanelView; label: string; View: () => React.ReactNode }[];
type ViewId = (typeof views)[number]['id'];

function initialView(): ViewId {
  const wanted = new URLSearchParams(window.location.search).get('view');
  return isSidePanelView(wanted) ? wanted : 'resume';
}

export function App() {
  const [current, setCurrent] = useState<ViewId>(initialView);
  const active = views.find((v) => v.id === current) ?? views[0];
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
