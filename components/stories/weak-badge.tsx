interface WeakBadgeProps {
  /** What the story's checks found, in a few words each. */
  reasons: readonly string[];
}

/** "Weak: no number in the Result, “we” more than “I”": the same badge in the list and the plan. */
export function WeakBadge({ reasons }: WeakBadgeProps) {
  return <span className="weak-badge">Weak: {reasons.join(', ')}</span>;
}
