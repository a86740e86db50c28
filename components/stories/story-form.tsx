import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { principles } from '@/lib/principles/catalogue';
import type { PrincipleId } from '@/lib/principles/ids';
import { checkStory } from '@/lib/stories/checks';
import { StoryDraftSchema, type StoryDraft } from '@/lib/stories/schema';
import { firstIssueMessage } from '@/lib/text/zod-issue';
import { ErrorNotice } from '@/components/common/error-notice';
import { StoryChecksPanel } from './story-checks';

interface StoryFormProps {
  heading: string;
  initial: StoryDraft;
  /** The tags as typed, when the form reopens on a draft (defaults to the initial tags). */
  initialTagsText?: string;
  /** Told of every change, so the draft can outlive this form (a tab switch unmounts it). */
  onDraftChange?: (draft: StoryDraft, tagsText: string) => void;
  onSave: (draft: StoryDraft) => Promise<unknown>;
  onCancel: () => void;
}

const textFields = [
  { key: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { key: 'task', label: 'Task', hint: 'What you were responsible for.' },
  { key: 'action', label: 'Action', hint: 'What you did, in "I".' },
  { key: 'result', label: 'Result', hint: 'What changed, with a number.' },
] as const;
const maxLps = 3;

/** Write or edit one STAR story, with the checks updating as you type. */
export function StoryForm({
  heading,
  initial,
  initialTagsText,
  onDraftChange,
  onSave,
  onCancel,
}: StoryFormProps) {
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // The form replaces the button that opened it: without this, focus fell to the page and a
  // keyboard user had to tab back through the whole panel to reach the new form.
  useEffect(() => titleRef.current?.focus(), []);
  const [draft, setDraft] = useState<StoryDraft>(initial);
  const [tagsText, setTagsText] = useState(initialTagsText ?? initial.tags.join(', '));
  useEffect(() => onDraftChange?.(draft, tagsText), [draft, tagsText, onDraftChange]);
  const [error, setError] = useState<string | null>(null);
  const deferred = useDeferredValue(draft);
  const checks = useMemo(() => checkStory(deferred), [deferred]);
  const set = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggleLp = (lp: PrincipleId, on: boolean) =>
    set('lps', on ? [...draft.lps, lp].slice(0, maxLps) : draft.lps.filter((x) => x !== lp));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const tags = tagsText
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const parsed = StoryDraftSchema.safeParse({ ...draft, tags });
    if (!parsed.success) {
      // The schema's messages read as sentences ("a story needs a title"); the path is for files.
      const message = firstIssueMessage(parsed.error, 'check the story');
      setError(message.charAt(0).toUpperCase() + message.slice(1));
      return;
    }
    setError(null);
    onSave(parsed.data).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <form className="story-form" onSubmit={handleSubmit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        ref={titleRef}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        required
      />
      <label htmlFor={`${id}-project`}>Project</label>
      <input
        id={`${id}-project`}
        value={draft.project}
        onChange={(e) => set('project', e.target.value)}
      />
      <label htmlFor={`${id}-period`}>Period</label>
      <input
        id={`${id}-period`}
        value={draft.period}
        placeholder="e.g. 2024 Q3"
        onChange={(e) => set('period', e.target.value)}
      />
      {textFields.map((f) => (
        <div key={f.key}>
          <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
          <textarea
            id={`${id}-${f.key}`}
            rows={3}
            value={draft[f.key]}
            placeholder={f.hint}
            onChange={(e) => set(f.key, e.target.value)}
          />
        </div>
      ))}
      <fieldset className="lp-choices">
        <legend>Principles it is for (1-3)</legend>
        {principles.map((p) => {
          const checked = draft.lps.includes(p.id);
          return (
            <label key={p.id}>
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && draft.lps.length >= maxLps}
                onChange={(e) => toggleLp(p.id, e.target.checked)}
              />{' '}
              {p.name}
            </label>
          );
        })}
      </fieldset>
      <label htmlFor={`${id}-tags`}>Tags (comma separated)</label>
      <input id={`${id}-tags`} value={tagsText} onChange={(e) => setTagsText(e.target.value)} />
      <StoryChecksPanel
        checks={checks}
        canAddLp={draft.lps.length < maxLps}
        onAddLp={(lp) => toggleLp(lp, true)}
      />
      {error && <ErrorNotice>{error}</ErrorNotice>}
      <div className="form-actions">
        <button type="submit">Save story</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
