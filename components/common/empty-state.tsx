import type { ReactNode } from 'react';
import { Section } from './section';

interface EmptyStateProps {
  title: string;
  /** What the user can do next: a sentence and a link or button. */
  children: ReactNode;
}

/** The one look for "nothing here yet": a heading and what to do next. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <Section title={title}>{children}</Section>
    </div>
  );
}
