import { useId, useState, type ChangeEvent } from 'react';
import {
  backupTooLarge,
  importStatus,
  maxBackupBytes,
  type ImportMode,
  type ImportSummary,
} from '@/lib/backup/import-export';
import { describeImpact, impactsAnything, type ReplaceImpact } from '@/lib/backup/replace-impact';
import { ErrorNotice } from '@/components/common/error-notice';
import { Section } from '@/components/common/section';

type Outcome = { ok: true; summary: ImportSummary } | { ok: false; error: string; stale?: boolean };
type Preview = { ok: true; impact: ReplaceImpact } | { ok: false; error: string };
/**
 * A replace the user has not confirmed yet: the file's text and what it would remove or
 * overwrite; `again` when the data changed while the first question was open.
 */
type Pending = { text: string; impact: ReplaceImpact; again?: boolean };
type PersistState = 'checking' | 'persisted' | 'not-persisted' | 'unsupported';

interface BackupPanelProps {
  onExport: (withRecordings?: boolean) => Promise<{ text: string; holds: string }>;
  /** Kept recordings and their size; undefined while counting. */
  recordings?: { count: number; bytes: number } | undefined;
  /** `confirmedState`: the bank the user said yes to; the import writes nothing on another. */
  onImport: (text: string, mode: ImportMode, confirmedState?: string) => Promise<Outcome>;
  /** What replacing with this file would remove or overwrite; asked before it writes. */
  onPreviewReplace: (text: string) => Promise<Preview>;
  persist: PersistState;
  onRequestPersist: () => void;
}

const persistText: Record<PersistState, string> = {
  checking: 'Checking whether storage is persistent…',
  persisted: 'Storage is persistent: the browser will not clear your stories to free space.',
  'not-persisted':
    'Storage is not persistent: the browser may clear it when the disk is nearly full. Export a backup.',
  unsupported:
    'This browser does not say whether storage is persistent. Export a backup now and then.',
};

/** Binary megabytes, as the backup size limit is written ("50.0 MB"). */
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `loopready-backup-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Export the whole bank as a file, import one (merge or replace), and the storage status. */
export function BackupPanel({
  onExport,
  onImport,
  onPreviewReplace,
  persist,
  onRequestPersist,
  recordings,
}: BackupPanelProps) {
  const id = useId();
  const [withRecordings, setWithRecordings] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const exportAll = (audio: boolean) =>
    void onExport(audio).then(
      ({ text, holds }) => {
        download(text);
        setExported(`Exported ${holds}.`);
      },
      (error: unknown) =>
        setExported(`Export failed: ${error instanceof Error ? error.message : String(error)}.`),
    );
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The last import's notice goes first: it must not stay under this file's error.
    setOutcome(null);
    setPending(null);
    // The size first: a file read whole before it was checked took gigabytes of memory.
    const tooLarge = backupTooLarge(file.name, file.size);
    if (tooLarge) return setOutcome({ ok: false, error: tooLarge });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setOutcome({
        ok: false,
        error: `couldn't read "${file.name}" (${error instanceof Error ? error.message : String(error)})`,
      });
    }
    if (mode === 'replace') return replace(text);
    setOutcome(await onImport(text, mode));
  };
  /** Asks first unless nothing here would be lost; writes only on the state it described. */
  const replace = async (text: string, again = false) => {
    const preview = await onPreviewReplace(text);
    if (!preview.ok) return setOutcome(preview);
    if (impactsAnything(preview.impact)) return setPending({ text, impact: preview.impact, again });
    const result = await onImport(text, 'replace', preview.impact.state);
    if (!result.ok && result.stale && !again) return replace(text, true);
    setOutcome(result);
  };
  const confirmReplace = async () => {
    if (!pending) return;
    setPending(null);
    const result = await onImport(pending.text, 'replace', pending.impact.state);
    // Another page wrote since the question: ask again about the data as it is now.
    if (!result.ok && result.stale) return replace(pending.text, true);
    setOutcome(result);
  };

  return (
    <div className="backup-panel">
      <Section title="Backup">
        <p>{persistText[persist]}</p>
        {persist === 'not-persisted' && (
          <button type="button" onClick={onRequestPersist}>
            Ask for persistent storage
          </button>
        )}
        <p className="muted">
          A backup holds your stories, profile, resume, prep plan, plans, saved postings and
          practice answers{recordings?.count ? ', and your recordings if you tick the box' : ''}.
        </p>
        {recordings && recordings.count > 0 && (
          <label>
            <input
              type="checkbox"
              checked={withRecordings}
              onChange={(e) => setWithRecordings(e.target.checked)}
            />{' '}
            Include {recordings.count} {recordings.count === 1 ? 'recording' : 'recordings'} (
            {megabytes(recordings.bytes)})
          </label>
        )}
        {withRecordings && recordings && (recordings.bytes * 4) / 3 > maxBackupBytes && (
          <ErrorNotice tone="partial">
            With the recordings the file is over the {megabytes(maxBackupBytes)} LoopReady can
            import again: export without them, or delete a few recordings first.
          </ErrorNotice>
        )}
        <div className="plan-actions">
          <button type="button" onClick={() => exportAll(withRecordings)}>
            Export all (JSON)
          </button>
        </div>
        {exported && <p role="status">{exported}</p>}
        <fieldset>
          <legend>When importing</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === m}
                onChange={() => setMode(m)}
              />{' '}
              {m === 'merge' ? 'Merge with my stories' : 'Replace everything'}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-file`}>Import a backup file</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void handleFile(e)}
        />
        {pending && (
          <div className="notice notice-partial" role="group" aria-label="Confirm replace">
            {pending.again && (
              <p>
                Your data changed while you were deciding (another LoopReady page saved something),
                so nothing was replaced. Here is what Replace would do now:
              </p>
            )}
            <p>{describeImpact(pending.impact)}</p>
            <div className="plan-actions">
              <button type="button" onClick={() => exportAll(withRecordings)}>
                Download a backup of my bank first
              </button>
              <button type="button" onClick={() => void confirmReplace()}>
                Replace everything
              </button>
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {outcome && !outcome.ok && (
          <ErrorNotice>Import failed, nothing was changed: {outcome.error}</ErrorNotice>
        )}
        {outcome?.ok && <p role="status">{importStatus(outcome.summary)}</p>}
      </Section>
    </div>
  );
}
