import { describe, expect, it, vi } from 'vitest';
import {
  handleSelectionClick,
  takePendingSelection,
  watchPendingSelection,
} from '../../../lib/messaging/selection';
import { selectionMenuId } from '../../../lib/resume/selection';

describe('Check with LoopReady', () => {
  it('stores the selection for the side panel, which takes it once', async () => {
    await handleSelectionClick(
      { menuItemId: selectionMenuId, selectionText: '  Helped build X ' },
      { id: 3 },
    );
    expect((await takePendingSelection())?.text).toBe('Helped build X');
    expect(await takePendingSelection()).toBeUndefined();
  });
  it('ignores other menu items and empty selections', async () => {
    await handleSelectionClick({ menuItemId: 'other', selectionText: 'x' });
    await handleSelectionClick({ menuItemId: selectionMenuId, selectionText: '   ' });
    expect(await takePendingSelection()).toBeUndefined();
  });
  it('tells an open panel when a new selection arrives', async () => {
    const onChange = vi.fn();
    const stop = watchPendingSelection(onChange);
    await handleSelectionClick({ menuItemId: selectionMenuId, selectionText: 'Led Y' });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    // A closed panel is no longer told.
    await handleSelectionClick({ menuItemId: selectionMenuId, selectionText: 'Led Z' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
