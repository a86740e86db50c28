// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreStartedEventsFromPage } from '../../../lib/messaging/content-guard';

// WXT's own name for the "a newer copy started" event (private in its types).
const startedType = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** A listener where WXT listens (the document), and the page firing the event there. */
function pageFiresStarted(): ReturnType<typeof vi.fn> {
  const wxtListener = vi.fn();
  document.addEventListener(startedType, wxtListener);
  document.dispatchEvent(
    new CustomEvent(startedType, { detail: { contentScriptName: 'content' } }),
  );
  document.removeEventListener(startedType, wxtListener);
  return wxtListener;
}

describe('ignoreStartedEventsFromPage', () => {
  it('names a real event type', () => {
    expect(typeof startedType).toBe('string');
    expect(startedType.length).toBeGreaterThan(0);
  });

  it('stops a "started" event the page fires before WXT sees it, until aborted', () => {
    expect(pageFiresStarted()).toHaveBeenCalledTimes(1);
    const guard = new AbortController();
    ignoreStartedEventsFromPage(guard.signal);
    expect(pageFiresStarted()).not.toHaveBeenCalled();
    guard.abort();
    expect(pageFiresStarted()).toHaveBeenCalledTimes(1);
  });

  it('leaves the page’s other events alone', () => {
    const guard = new AbortController();
    ignoreStartedEventsFromPage(guard.signal);
    const onClick = vi.fn();
    document.addEventListener('click', onClick);
    document.dispatchEvent(new Event('click'));
    document.removeEventListener('click', onClick);
    guard.abort();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
