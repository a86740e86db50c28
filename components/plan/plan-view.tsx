import { useState } from 'react';
import { useCurrentPosting } from '@/components/common/use-current-posting';
import { usePlan } from '@/components/plan/use-plan';
import { useSavedPostings } from '@/components/plan/use-saved-postings';
import { useStories } from '@/components/common/use-stories';
import { EmptyState } from '@/components/common/empty-state';
import { LoadingState } from '@/components/common/loading-state';
import { planToMarkdown } from '@/lib/loop/plan-markdown';
import { analysisIsCurrent, postingKey } from '@/lib/backup/bank-schema';
import { PlanBackups } from './plan-backups';
import { currentChoice, PostingPicker } from './posting-picker';
import { RoundPlanView } from './round-plan';
import '@/components/stories/stories.css';

function downloadMarkdown(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'loopready-plan.md';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The loop plan for the posting in this tab (or a saved one): rounds, stories, gaps, backups. */
export function PlanView() {
  const current = useCurrentPosting();
  const saved = useSavedPostings(current.status === 'ready' ? current : null);
  const { stories } = useStories();
  const [choice, setChoice] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const selected =
    choice ??
    (current.status === 'ready'
      ? currentChoice
      : current.status === 'none'
        ? saved?.[0]?.id
        : undefined);
  const savedPick = saved?.find((p) => p.id === selected);
  const result = selected === currentChoice ? current.result : (savedPick?.result ?? null);
  // A saved posting's stored analysis; one from an older analyser is being refreshed, so it waits.
  const savedAnalysis = savedPick && analysisIsCurrent(savedPick) ? savedPick.analysis : null;
  const analysis = selected === currentChoice ? current.analysis : savedAnalysis;
  const postingId = result ? postingKey(result) : null;
  const { plan, lock, unlock, swap, locks, clearLocks } = usePlan(analysis, postingId, stories);

  if (current.status === 'loading' || saved === undefined || (savedPick && !savedAnalysis))
    return <LoadingState label="Reading the posting…" />;
  if (!analysis || !result) {
    return (
      <EmptyState title="No posting to plan for">
        <p>
          Open a job page on amazon.jobs, then come back here: the plan is made for that posting.
        </p>
      </EmptyState>
    );
  }
  const markdown = () => (plan && stories ? planToMarkdown(plan, stories, analysis.title) : '');
  const handleCopy = () => {
    void navigator.clipboard.writeText(markdown()).then(() => setCopied(true));
  };
  const byId = new Map((stories ?? []).map((s) => [s.id, s]));

  return (
    <div className="plan-view">
      <PostingPicker
        currentTitle={current.status === 'ready' ? current.result.posting.title : null}
        saved={saved.filter(
          (p) => current.status !== 'ready' || p.id !== postingKey(current.result),
        )}
        value={selected ?? currentChoice}
        onChange={setChoice}
      />
      <h2>{analysis.title}</h2>
      {stories && stories.length === 0 && (
        <p className="notice">
          Your story bank is empty: every slot below is a gap. Add stories in the Stories tab.
        </p>
      )}
      {plan && (
        <>
          <p className="muted">
            {plan.rounds.length} rounds, {plan.gaps.length}{' '}
            {plan.gaps.length === 1 ? 'gap' : 'gaps'}; each story is used at most once.
          </p>
          {plan.weak.length > 0 && (
            <p className="notice notice-partial" role="status">
              {plan.weak.length === 1
                ? 'One slot holds a weak story'
                : `${plan.weak.length} slots hold a weak story`}{' '}
              (its badge says why): strengthen it, or write a stronger story for that principle.
            </p>
          )}
          <div className="plan-actions">
            <button type="button" onClick={handleCopy}>
              {copied ? 'Copied' : 'Copy as Markdown'}
            </button>
            <button type="button" onClick={() => downloadMarkdown(markdown())}>
              Download Markdown
            </button>
            {locks.length > 0 && (
              <button type="button" onClick={clearLocks}>
                Unlock all ({locks.length})
              </button>
            )}
          </div>
          <RoundPlanView
            plan={plan}
            stories={stories ?? []}
            onLock={lock}
            onUnlock={unlock}
            onSwap={swap}
          />
          <PlanBackups stories={plan.unused.flatMap((id) => byId.get(id) ?? [])} />
        </>
      )}
    </div>
  );
}
