import { maxResumeChars } from './schema';

/**
 * What "Forget my resume" removes, in words. The box and the saved copy can differ (text over the
 * save limit, or a save that failed), so the question names each one: the user decides whether
 * the saved copy goes, never a side effect of clearing the box.
 */

/** Why the text in the box is not the saved copy. */
export type UnsavedReason = 'too-long' | 'save-failed' | 'conflict';

/** What the panel found when the user asked to forget, read after any waiting save landed. */
export interface ForgetPlan {
  /** The copy saved on this computer, or null when nothing is saved. */
  saved: { updatedAt: number; fileName: string } | null;
  /** True when the box shows exactly the saved copy. */
  boxIsSaved: boolean;
  /** Why the box is not saved, when the panel knows. */
  unsaved: UnsavedReason | null;
}

/** What forgetting (or an import over another resume) did, for the notice that offers Undo. */
export type ForgetDone =
  | { kind: 'deleted' }
  | { kind: 'cleared' }
  | { kind: 'reverted'; savedAt: number }
  | { kind: 'replaced'; fileName: string };

/** The user's answer: delete the saved copy and clear the box, or discard the box and show the saved copy. */
export type ForgetChoice = 'all' | 'back-to-saved';

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Dec 1, 2026, 9:34 PM": in the user's time zone, in the English of the rest of the panel. */
export function savedAtText(updatedAt: number): string {
  return when.format(updatedAt);
}

function savedCopy(saved: NonNullable<ForgetPlan['saved']>): string {
  const from = saved.fileName ? `, from ${saved.fileName}` : '';
  return `saved ${savedAtText(saved.updatedAt)}${from}`;
}

function unsavedText(reason: UnsavedReason | null): string {
  if (reason === 'too-long')
    return `The text in the box is not saved: it is over the ${maxResumeChars.toLocaleString('en-US')}-character limit.`;
  if (reason === 'save-failed') return 'The text in the box is not saved: the last save failed.';
  if (reason === 'conflict')
    return 'The text in the box is not saved: the resume changed in another window.';
  return 'The text in the box is not the copy saved on this computer.';
}

/** The confirmation's question: exactly what each answer removes. */
export function forgetQuestion(plan: ForgetPlan): string {
  if (!plan.saved)
    return `Nothing is saved on this computer, so this only clears the box.${plan.unsaved ? ` ${unsavedText(plan.unsaved)}` : ''}`;
  if (plan.boxIsSaved)
    return `This deletes the resume saved on this computer (${savedCopy(plan.saved)}) and clears the box.`;
  return `${unsavedText(plan.unsaved)} An earlier resume is saved on this computer (${savedCopy(plan.saved)}). You can delete both, or discard the text in the box and go back to the saved copy.`;
}

/** The notice shown after forgetting, next to Undo. */
export function forgetDoneText(done: ForgetDone): string {
  const undo = 'You can undo this until you change the text or close the panel.';
  switch (done.kind) {
    case 'deleted':
      return `Your resume was deleted from this computer. ${undo}`;
    case 'cleared':
      return `The box was cleared; nothing had been saved. ${undo}`;
    case 'reverted':
      return `The text in the box was discarded; it shows the copy saved ${savedAtText(done.savedAt)} again. ${undo}`;
    case 'replaced':
      return `Imported ${done.fileName} in place of the resume that was in the box. ${undo}`;
  }
}
