/** The side panel's views, in tab order; `?view=<id>` opens one (prep-plan links use the same ids). */
export const sidePanelViews = ['resume', 'stories', 'plan', 'practice'] as const;
export type SidePanelView = (typeof sidePanelViews)[number];

/** Whether a `?view=` value names one of the views. */
export function isSidePanelView(value: unknown): value is SidePanelView {
  return (sidePanelViews as readonly unknown[]).includes(value);
}

/** The view a side-panel address (`?view=plan`) opens: the first view when it names none. */
export function viewFromQuery(search: string): SidePanelView {
  const wanted = new URLSearchParams(search).get('view');
  return isSidePanelView(wanted) ? wanted : sidePanelViews[0];
}

/** The side-panel address that opens `view`, and a section of it: "?view=practice&section=marathon". */
export function viewHref(view: SidePanelView, section?: string): string {
  const query = new URLSearchParams({ view });
  if (section) query.set('section', section);
  return `?${query.toString()}`;
}
