import { describe, expect, it } from 'vitest';
import { forgetDoneText, forgetQuestion, savedAtText } from '../../../lib/resume/forget';

const saved = { updatedAt: Date.UTC(2026, 11, 1, 21, 34), fileName: 'cv.pdf' };

describe('forgetQuestion', () => {
  it('names the saved copy, its date and its file when the box shows it', () => {
    expect(forgetQuestion({ saved, boxIsSaved: true, unsaved: null })).toBe(
      `This deletes the resume saved on this computer (saved ${savedAtText(saved.updatedAt)}, from cv.pdf) and clears the box.`,
    );
  });

  it('leaves out the file name when the text was pasted', () => {
    expect(
      forgetQuestion({ saved: { ...saved, fileName: '' }, boxIsSaved: true, unsaved: null }),
    ).toBe(
      `This deletes the resume saved on this computer (saved ${savedAtText(saved.updatedAt)}) and clears the box.`,
    );
  });

  it('names both copies, and why the box is not saved, when they differ', () => {
    expect(forgetQuestion({ saved, boxIsSaved: false, unsaved: 'too-long' })).toBe(
      `The text in the box is not saved: it is over the 2,000,000-character limit. An earlier resume is saved on this computer (saved ${savedAtText(saved.updatedAt)}, from cv.pdf). You can delete both, or discard the text in the box and go back to the saved copy.`,
    );
    expect(forgetQuestion({ saved, boxIsSaved: false, unsaved: 'save-failed' })).toMatch(
      /^The text in the box is not saved: the last save failed\. An earlier resume/,
    );
    expect(forgetQuestion({ saved, boxIsSaved: false, unsaved: null })).toMatch(
      /^The text in the box is not the copy saved on this computer\. An earlier resume/,
    );
  });

  it('says that only the box is cleared when nothing is saved', () => {
    expect(forgetQuestion({ saved: null, boxIsSaved: false, unsaved: null })).toBe(
      'Nothing is saved on this computer, so this only clears the box.',
    );
    expect(forgetQuestion({ saved: null, boxIsSaved: false, unsaved: 'save-failed' })).toBe(
      'Nothing is saved on this computer, so this only clears the box. The text in the box is not saved: the last save failed.',
    );
  });
});

describe('forgetDoneText', () => {
  it('says what was done and how long Undo lasts', () => {
    expect(forgetDoneText({ kind: 'deleted' })).toBe(
      'Your resume was deleted from this computer. You can undo this until you change the text or close the panel.',
    );
    expect(forgetDoneText({ kind: 'cleared' })).toBe(
      'The box was cleared; nothing had been saved. You can undo this until you change the text or close the panel.',
    );
    expect(forgetDoneText({ kind: 'reverted', savedAt: saved.updatedAt })).toBe(
      `The text in the box was discarded; it shows the copy saved ${savedAtText(saved.updatedAt)} again. You can undo this until you change the text or close the panel.`,
    );
    expect(forgetDoneText({ kind: 'replaced', fileName: 'cv.pdf' })).toBe(
      'Imported cv.pdf in place of the resume that was in the box. You can undo this until you change the text or close the panel.',
    );
  });

  it('writes the date in English whatever the time zone', () => {
    expect(savedAtText(saved.updatedAt)).toMatch(
      /^[A-Z][a-z]{2} \d{1,2}, 2026, \d{1,2}:\d{2}\s[AP]M$/,
    );
  });
});
