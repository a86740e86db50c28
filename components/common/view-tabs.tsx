import { useRef, type KeyboardEvent } from 'react';

interface ViewTabsProps<Id extends string> {
  views: readonly { id: Id; label: string }[];
  current: Id;
  onSelect: (id: Id) => void;
  /** The id of the panel the tabs control. */
  panelId: string;
  label: string;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * A tablist in the WAI-ARIA tabs pattern: one Tab stop (the selected tab), arrow keys, Home and
 * End move between tabs and select them.
 */
export function ViewTabs<Id extends string>({
  views,
  current,
  onSelect,
  panelId,
  label,
}: ViewTabsProps<Id>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(
      views.findIndex((v) => v.id === current),
      views.length,
    );
    const view = views[next];
    if (!view) return;
    onSelect(view.id);
    buttons.current[next]?.focus();
  };
  return (
    <nav role="tablist" aria-label={label} onKeyDown={handleKeyDown}>
      {views.map((v, i) => (
        <button
          key={v.id}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${v.id}`}
          aria-selected={v.id === current}
          aria-controls={panelId}
          tabIndex={v.id === current ? 0 : -1}
          onClick={() => onSelect(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
