import { CollapsibleSection } from '@/components/common/collapsible-section';
import type { TrashEntry } from './use-trash';

interface RecentlyDeletedProps {
  entries: readonly TrashEntry[] | undefined;
  onRestore: (id: string) => void;
  status: string | null;
  /** Which kinds to list here (the stories view lists stories, the resume view resumes). */
  kind: TrashEntry['kind'];
}

const day = (ms: number) =>
  new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

function label(entry: TrashEntry): string {
  if (entry.kind === 'story') return entry.item.title;
  const words = entry.item.text.trim().split(/\s+/).filter(Boolean).length;
  const name = entry.item.fileName ? `${entry.item.fileName}, ` : '';
  return `Resume (${name}${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'})`;
}

/** Deleted stories or replaced resumes, kept 30 days, each with the day it went and Restore. */
export function RecentlyDeleted({ entries, onRestore, status, kind }: RecentlyDeletedProps) {
  const shown = (entries ?? []).filter((e) => e.kind === kind);
  if (shown.length === 0 && !status) return null;
  return (
    <CollapsibleSection title={`Recently deleted (${shown.length})`}>
      <p className="muted">
        Kept on this computer for 30 days after deletion, then removed for good. “Delete all my
        data” empties it.
      </p>
      {status && <p role="status">{status}</p>}
      {shown.length > 0 && (
        <ul className="recently-deleted" aria-label="Recently deleted">
          {shown.map((entry) => (
            <li key={entry.id}>
              <span>{label(entry)}</span>{' '}
              <span className="muted">deleted {day(entry.deletedAt)}</span>{' '}
              <button
                type="button"
                onClick={() => onRestore(entry.id)}
                aria-label={`Restore ${label(entry)}`}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </CollapsibleSection>
  );
}
