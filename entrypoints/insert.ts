import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFocusTracker, insertText } from '../utils/insert';
import { isInsertCommand } from '../utils/messaging';

// The insertion script: an unlisted script the background injects on demand with
// scripting.executeScript, so the manifest asks for no host access up front.
export default defineUnlistedScript(() => {
  const marker = globalThis as { murshidInsertReady?: boolean };
  if (marker.murshidInsertReady) return;
  marker.murshidInsertReady = true;
  const tracker = createFocusTracker(document);
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !isInsertCommand(message)) return undefined;
    // The site that got the text, as this document knows it: the tab may have moved on since the background looked.
    return insertText(tracker.target(), message.text).then((r) => ({ ...r, host: location.host || undefined }));
  });
});
