import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Keeps the page from switching the content script off. WXT retires an older copy of a content
 * script when a "started" event for the same script reaches the document; the page shares that
 * document, so it could fire the event itself, after which the script stopped answering and the
 * popup said "No job posting". This listener runs first (capture, on window) and stops the event
 * before WXT's listener on the document sees it. A real newer copy appears only after the
 * extension is reloaded, and then this copy's runtime is gone: WXT's own check of
 * `browser.runtime.id` ends it, and the browser no longer delivers its messages.
 *
 * The event's name holds the extension id, which WXT also posts to the page with
 * `window.postMessage` unless the content script sets `noScriptStartedPostMessage` (ours does).
 */
export function ignoreStartedEventsFromPage(signal?: AbortSignal): void {
  // WXT's own name for the event (private in its types; tests/e2e/untrusted-page.spec.ts fails if
  // an upgrade renames it).
  const { SCRIPT_STARTED_MESSAGE_TYPE: type } = ContentScriptContext as unknown as {
    SCRIPT_STARTED_MESSAGE_TYPE: string;
  };
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal,
  });
}
