import { useId, type ReactNode } from 'react';

interface CollapsibleSectionProps {
  title: string;
  /** Open on first render; the user can always toggle it. */
  open?: boolean;
  children: ReactNode;
}

/**
 * A titled region that starts closed: a `<details>` whose summary is the heading, so the
 * region keeps its name for screen readers and the outline, and its content costs no room
 * until asked for (the popup keeps the opener within one screen this way).
 */
export function CollapsibleSection({ title, open = false, children }: CollapsibleSectionProps) {
  const id = useId();
  return (
    <section className="section collapsible" aria-labelledby={id}>
      <details open={open}>
        <summary>
          <h2 id={id}>{title}</h2>
        </summary>
        {children}
      </details>
    </section>
  );
}
