import { useState } from 'react';
import { ResumeView } from '@/components/resume/resume-view';
import { StoriesView } from '@/components/stories/stories-view';
import { PlanView } from '@/components/stories/plan-view';
import { PracticeView } from '@/components/practice/practice-view';

const views = [
  { id: 'resume', label: 'Resume', View: ResumeView },
  { id: 'stories', label: 'Stories', View: StoriesView },
  { id: 'plan', label: 'Plan', View: PlanView },
  { id: 'practice', label: 'Practice', View: PracticeView },
] as const;
type ViewId = (typeof views)[number]['id'];

function initialView(): ViewId {
  const wanted = new URLSearchParams(window.location.search).get('view');
  return views.find((v) => v.id === wanted)?.id ?? 'resume';
}

export function App() {
  const [current, setCurrent] = useState<ViewId>(initialView);
  const active = views.find((v) => v.id === current) ?? views[0];
  return (
    <div className="sidepanel">
      <nav role="tablist" aria-label="LoopReady views">
        {views.map((v) => (
          <button
            key={v.id}
            role="tab"
            id={`tab-${v.id}`}
            aria-selected={v.id === current}
            aria-controls="view"
            onClick={() => setCurrent(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <main id="view" role="tabpanel" aria-labelledby={`tab-${active.id}`}>
        <active.View />
      </main>
    </div>
  );
}
