/** The side panel's views, in tab order; `?view=<id>` opens one (prep-plan links use the same ids). */
export const sidePanelViews = ['resume', 'stories', 'plan', 'practice'] as const;
export type SidePanelView = (typeof sidePanelViews)[number];

/** Whether a `?view=` value names one of the views. */
export function isSidePanelView(value: unknown): value is SidePanelView {
  return (sidePanelViews as readonly unknown[]).includes(value);
}
