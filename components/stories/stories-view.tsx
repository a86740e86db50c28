import { useMemo, useState } from 'react';
import { useBank } from '@/components/backup/use-bank';
import { usePersistence } from '@/components/backup/use-persistence';
import { useStories } from '@/components/common/use-stories';
import { useOpenStoryForm } from '@/components/stories/use-open-story-form';
import { useStoryTrash } from '@/components/stories/use-story-trash';
import { EmptyState } from '@/components/common/empty-state';
import { LoadingState } from '@/components/common/loading-state';
import { Section } from '@/components/common/section';
import type { PrincipleId } from '@/lib/principles/ids';
import { emptyDraft, type Story, type StoryDraft } from '@/lib/stories/schema';
import { StaleStoryError } from '@/components/common/use-stories';
import { BackupPanel } from '@/components/backup/backup-panel';
import { CoverageGrid } from './coverage-grid';
import { StoryFilters } from './story-filters';
import { StoryConflict } from './story-conflict';
import { StoryForm } from './story-form';
import { StoryList } from './story-list';
import { UndoNotice } from '@/components/common/undo-notice';
import { RecentlyDeleted } from '@/components/trash/recently-deleted';
import { useTrash } from '@/components/trash/use-trash';
import './stories.css';

function matches(story: Story, lp: PrincipleId | null, query: string): boolean {
  if (lp && !story.lps.includes(lp)) return false;
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [
    story.title,
    story.project,
    story.period,
    story.situation,
    story.task,
    story.action,
    story.result,
    ...story.tags,
  ]
    .join('\n')
    .toLowerCase()
    .includes(q);
}

/** "Keep both": the user's version is added as a new story beside the other window's. */
function asCopy(mine: StoryDraft): StoryDraft {
  return { ...mine, title: `${mine.title} (copy)`.slice(0, 200) };
}

function toDraft({ id: _id, createdAt: _c, updatedAt: _u, ...draft }: Story): StoryDraft {
  return draft;
}

/** The story bank: list, filters, coverage, the story form, undo, and backup. */
export function StoriesView() {
  const { stories, add, update, duplicate, remove } = useStories();
  const trash = useStoryTrash();
  const recentlyDeleted = useTrash();
  const bank = useBank();
  const persistence = usePersistence();
  const storyForm = useOpenStoryForm();
  /**
   * Saves the form's draft over the version `base` it was read at. A stale base (another window
   * saved in between) asks the user which to keep instead of writing: nothing is dropped.
   */
  const saveOver = async (story: Story | undefined, base: number | undefined, mine: StoryDraft) => {
    try {
      await (story ? update(story.id, mine, undefined, base) : add(mine));
    } catch (error) {
      if (!(error instanceof StaleStoryError)) throw error;
      storyForm.conflict(error.theirs, mine);
      return;
    }
    storyForm.close();
  };
  const [lp, setLp] = useState<PrincipleId | null>(null);
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => (stories ?? []).filter((s) => matches(s, lp, query)),
    [stories, lp, query],
  );

  if (storyForm.form) {
    const { story, draft, tagsText, conflict } = storyForm.form;
    // The list is live: a save in another window shows here before this form tries to save.
    const live = story && stories?.find((s) => s.id === story.id);
    const changedElsewhere =
      story && stories !== undefined && (!live || live.updatedAt !== story.updatedAt);
    return (
      <>
        {conflict ? (
          <StoryConflict
            theirs={conflict.theirs}
            onKeepTheirs={storyForm.close}
            onKeepMine={() =>
              void saveOver(conflict.theirs, conflict.theirs?.updatedAt, conflict.mine)
            }
            onKeepBoth={() => void add(asCopy(conflict.mine)).then(storyForm.close)}
          />
        ) : changedElsewhere ? (
          <p className="notice notice-partial" role="status">
            {live
              ? 'This story was changed in another window since you opened it. Saving asks which version to keep.'
              : 'This story was deleted in another window since you opened it. Saving asks whether to keep yours.'}
          </p>
        ) : null}
        <StoryForm
          key={story?.id ?? 'new'}
          heading={story ? `Edit: ${story.title}` : 'New story'}
          initial={draft}
          initialTagsText={tagsText}
          onDraftChange={storyForm.keep}
          onCancel={storyForm.close}
          onSave={(saved) => saveOver(story ?? undefined, story?.updatedAt, saved)}
        />
      </>
    );
  }

  const handleDelete = async (story: Story) => {
    const gone = await remove(story.id);
    if (gone) trash.push(gone);
  };
  const last = trash.deleted.at(-1);
  const more = trash.deleted.length - 1;

  return (
    <div className="stories-view">
      <div className="plan-actions">
        <button type="button" onClick={() => storyForm.open(null, emptyDraft())}>
          Add a story
        </button>
      </div>
      {last && (
        <UndoNotice
          message={`Deleted “${last.title}”.${more > 0 ? ` Undo again for ${more} earlier ${more === 1 ? 'deletion' : 'deletions'}.` : ''}`}
          onUndo={() => void trash.undoLast()}
          onDismiss={trash.clear}
          dismissLabel={more > 0 ? 'Keep these stories deleted' : 'Keep this story deleted'}
        />
      )}
      {stories === undefined ? (
        <LoadingState label="Loading your stories…" />
      ) : stories.length === 0 ? (
        <EmptyState title="No stories yet">
          <p>
            Add your first STAR story: aim for 5-8 from different projects, each for 1-3 principles.
          </p>
        </EmptyState>
      ) : (
        <>
          <Section title="Coverage">
            <CoverageGrid stories={stories} selected={lp} onSelect={setLp} />
          </Section>
          <Section title={`Stories (${shown.length} of ${stories.length})`}>
            <StoryFilters lp={lp} query={query} onLpChange={setLp} onQueryChange={setQuery} />
            {shown.length === 0 ? (
              <p className="muted">No story matches these filters.</p>
            ) : (
              <StoryList
                stories={shown}
                onEdit={(story) => storyForm.open(story, toDraft(story))}
                onDuplicate={(story) => void duplicate(story.id)}
                onDelete={(story) => void handleDelete(story)}
              />
            )}
          </Section>
        </>
      )}
      <RecentlyDeleted
        kind="story"
        entries={recentlyDeleted.entries}
        status={recentlyDeleted.status}
        onRestore={(id) => void recentlyDeleted.restore(id)}
      />
      <BackupPanel
        onExport={bank.exportText}
        recordings={bank.recordings}
        onImport={bank.importText}
        onPreviewReplace={bank.previewReplaceText}
        persist={persistence.status}
        onRequestPersist={persistence.request}
      />
    </div>
  );
}
