import { useState } from 'react';
import { principleById } from '@/lib/principles/lookup';
import type { LintedBullet } from '@/lib/resume/schema';
import { FindingItem } from './finding-item';

interface BulletFindingsProps {
  bullet: LintedBullet;
  /** Position in the resume, for labels ("Bullet 3"). */
  index: number;
  /** Called on every keystroke with the edited bullet text. */
  onEdit: (text: string) => void;
  onCopy: (text: string) => void;
}

/**
 * One bullet as an editable field with its score, the LPs it shows and its findings.
 * The field keeps its own draft so spaces typed at the end survive the re-check.
 */
/**
 * Rows for a bullet's box so its last line shows: at the popup's and a narrow side panel's
 * 400 px a line holds about 40 characters, and a wrapped word takes a little more.
 */
function bulletRows(text: string): number {
  return Math.min(10, Math.max(2, Math.ceil((text.length * 1.1) / 40) + 1));
}

export function BulletFindings({ bullet, index, onEdit, onCopy }: BulletFindingsProps) {
  const [draft, setDraft] = useState(bullet.text);
  const [seen, setSeen] = useState(bullet.text);
  if (bullet.text !== seen) {
    // The resume changed under us (another edit, an import): follow it unless it is our own edit.
    setSeen(bullet.text);
    if (draft.replace(/\s+/g, ' ').trim() !== bullet.text) setDraft(bullet.text);
  }
  const label = `Bullet ${index + 1}`;
  return (
    <li className="bullet-card">
      <div className="bullet-head">
        <strong aria-label={`${label} score`}>{bullet.score}/100</strong>{' '}
        {bullet.findings.length === 0 ? <span className="muted">Looks strong.</span> : null}
        <button
          type="button"
          onClick={() => onCopy(draft)}
          aria-label={`Copy ${label.toLowerCase()}`}
        >
          Copy
        </button>
      </div>
      <textarea
        aria-label={label}
        value={draft}
        rows={bulletRows(draft)}
        onChange={(e) => {
          setDraft(e.target.value);
          onEdit(e.target.value);
        }}
      />
      {bullet.lps.length > 0 ? (
        <p className="bullet-lps">
          <span className="muted">Shows: </span>
          {bullet.lps.map((id) => (
            <span key={id} className="chip">
              {principleById(id).name}
            </span>
          ))}
        </p>
      ) : null}
      {bullet.findings.length > 0 ? (
        <ul className="findings" aria-label={`Findings for ${label.toLowerCase()}`}>
          {bullet.findings.map((f) => (
            <FindingItem key={`${f.rule}-${f.message}`} finding={f} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
