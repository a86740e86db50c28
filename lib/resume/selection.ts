// zod/mini: the pending selection crosses into the background bundle, kept small like lib/messaging/protocol.ts.
import * as z from 'zod/mini';

/**
 * "Check with LoopReady" on selected text, the pure half: the context-menu item and the selection
 * waiting for the Resume view to check it. lib/messaging/selection.ts does the browser calls.
 */

export const selectionMenuId = 'loopready-check-selection';
export const selectionMenuTitle = 'Check with LoopReady';

export const PendingSelectionSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(100_000)),
  at: z.number(),
});
export type PendingSelection = z.infer<typeof PendingSelectionSchema>;

/** The selection as the Resume view will check it (trimmed), or undefined when there is nothing to check. */
export function pendingSelection(
  selectionText: string | undefined,
  at: number,
): PendingSelection | undefined {
  const parsed = PendingSelectionSchema.safeParse({ text: selectionText?.trim() ?? '', at });
  return parsed.success ? parsed.data : undefined;
}
