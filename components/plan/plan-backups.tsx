import type { Story } from '@/lib/stories/schema';
import { Section } from '@/components/common/section';
import { LpChips } from '@/components/stories/lp-chips';

/** Stories the plan does not use: spares for follow-up questions. */
export function PlanBackups({ stories }: { stories: readonly Story[] }) {
  return (
    <Section title="Backups">
      {stories.length === 0 ? (
        <p className="muted">Every story is in the plan.</p>
      ) : (
        <ul className="story-list" aria-label="Backup stories">
          {stories.map((s) => (
            <li key={s.id}>
              {s.title} <LpChips lps={s.lps} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
