import type { UncheckedLine } from '@/lib/resume/split-resume';

interface UncheckedLinesProps {
  lines: readonly UncheckedLine[];
  /** How many bullets were checked, for the "past the first N" reason. */
  checked: number;
}

function reasonText(line: UncheckedLine, checked: number): string {
  switch (line.reason) {
    case 'heading':
      return 'a section heading';
    case 'role':
      return 'a role or date line';
    case 'not-a-bullet':
      return 'not a bullet: no "•" or "-" in front, and not the end of the bullet above';
    case 'section':
      return `in “${line.heading ?? 'this section'}”, which holds no achievements to check`;
    case 'limit':
      return `past the first ${checked} bullets, the most checked at once`;
  }
}

/**
 * Every line of the resume that was not checked, with why, so nothing is dropped without a word.
 * Closed by default: headings and role lines are expected; a bullet read as something else is not.
 */
export function UncheckedLines({ lines, checked }: UncheckedLinesProps) {
  if (lines.length === 0) return null;
  return (
    <details className="unchecked-lines">
      <summary>
        {lines.length} line{lines.length === 1 ? '' : 's'} not checked, and why
      </summary>
      <ul aria-label="Lines not checked">
        {lines.map((line) => (
          <li key={line.line}>
            “{line.text.length > 120 ? `${line.text.slice(0, 117)}…` : line.text}”:{' '}
            <span className="muted">{reasonText(line, checked)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
