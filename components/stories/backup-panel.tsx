import { useId, useState, type ChangeEvent } from 'react';
import type { ImportMode } from '@/lib/backup/import-export';
import { ErrorNotice } from '@/components/common/error-notice';
import { Section } from '@/components/common/section';

type Outcome =
  | { ok: true; summary: { added: number; updated: number; kept: number } }
  | { ok: false; error: string };
type PersistState = 'checking' | 'persisted' | 'not-persisted' | 'unsupported';

interface BackupPanelProps {
  onExport: () => Promise<string>;
  onImport: (text: string, mode: ImportMode) => Promise<Outcome>;
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

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `loopready-backup-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Export the whole bank as a file, import one (merge or replace), and the storage status. */
export function BackupPanel({ onExport, onImport, persist, onRequestPersist }: BackupPanelProps) {
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome(await onImport(await file.text(), mode));
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
        <div className="plan-actions">
          <button type="button" onClick={() => void onExport().then(download)}>
            Export all (JSON)
          </button>
        </div>
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
        {outcome && !outcome.ok && (
          <ErrorNotice>Import failed, nothing was changed: {outcome.error}</ErrorNotice>
        )}
        {outcome?.ok && (
          <p role="status">
            Imported: {outcome.summary.added} added, {outcome.summary.updated} updated,{' '}
            {outcome.summary.kept} kept as they were.
          </p>
        )}
      </Section>
    </div>
  );
}
