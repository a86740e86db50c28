import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** Heading level inside the page's outline; the popup's h1 is the posting title. */
  level?: 2 | 3;
  children: ReactNode;
}

/** A titled region: a `<section>` named by its heading, so screen readers can jump to it. */
export function Section({ title, level = 2, children }: SectionProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
