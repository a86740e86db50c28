import type { PrepItem } from '@/lib/prep/prep-plan';
import { describeDay } from '@/lib/prep/dates';
import { viewLinks } from './view-links';

interface PrepPlanListProps {
  items: readonly PrepItem[];
  done: ReadonlySet<string>;
  today: string;
  onDone: (itemId: string, done: boolean) => void;
  /** Locale for the day headings; the browser's own when omitted. */
  locale?: string;
}

/** The plan's items grouped by day, each with a checkbox and a link to the view that does it. */
export function PrepPlanList({ items, done, today, onDone, locale }: PrepPlanListProps) {
  const days = [...new Set(items.map((i) => i.date))];
  return (
    <ol className="prep-plan">
      {days.map((day) => (
        <li key={day} className={day === today ? 'prep-day today' : 'prep-day'}>
          <h4>
            {describeDay(day, locale)}
            {day === today ? ' (today)' : ''}
          </h4>
          <ul>
            {items
              .filter((i) => i.date === day)
              .map((item) => (
                <li key={item.id} className={item.light ? 'prep-item light' : 'prep-item'}>
                  <label>
                    <input
                      type="checkbox"
                      checked={done.has(item.id)}
                      onChange={(e) => onDone(item.id, e.target.checked)}
                    />
                    {item.title}
                  </label>
                  <p className="muted">
                    {item.detail}{' '}
                    <a href={viewLinks[item.view].href}>{viewLinks[item.view].label}</a>
                  </p>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
