import { useNlpReady } from '@/components/common/use-nlp-ready';
import { lintBullet } from '@/lib/resume/lint-bullet';
import { FindingItem } from './finding-item';

interface SelectionCheckProps {
  text: string;
  onDismiss: () => void;
}

/** The text chosen with "Check with LoopReady": each line checked as a bullet on its own. */
export function SelectionCheck({ text, onDismiss }: SelectionCheckProps) {
  // Renders again once the NLP engine has loaded; lintBullet's cache is keyed on the engine state.
  useNlpReady();
  const results = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map((line) => lintBullet(line));
  return (
    <section className="section selection-check" aria-label="Selected text">
      <h2>Selected text</h2>
      <ul>
        {results.map((r, i) => (
          <li key={`${i}-${r.text}`}>
            <q>{r.text}</q> <strong>{r.score}/100</strong>
            {r.findings.length > 0 ? (
              <ul className="findings">
                {r.findings.map((f) => (
                  <FindingItem key={`${f.rule}-${f.message}`} finding={f} />
                ))}
              </ul>
            ) : (
              <p className="muted">No findings: this reads as a strong bullet.</p>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
