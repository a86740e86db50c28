import { ruleLabels, type Finding } from '@/lib/resume/schema';

interface FindingItemProps {
  finding: Finding;
}

const severityLabel = { error: 'Fix', warning: 'Improve', info: 'Tip' } as const;

/** One finding: its weight, the rule's human label, what is wrong and the concrete fix. */
export function FindingItem({ finding }: FindingItemProps) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <span className="chip">{severityLabel[finding.severity]}</span>{' '}
      <strong className="finding-label">{ruleLabels[finding.rule]}</strong>{' '}
      <span>{finding.message}</span>
      <div className="finding-suggestion">
        <span className="muted">Suggestion: </span>
        {finding.suggestion}
      </div>
    </li>
  );
}
