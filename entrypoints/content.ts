import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gate, looksLikeAppShell } from '../src/content/gate';
import { isDisabledOn, parseSettings, SETTINGS_KEY } from '../src/settings/settings';

// Eager stage, on every page: decide cheaply, and only on job pages, feeds and chats load the second stage.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: async () => {
    let why = gate(document, location.hostname);
    if (!why && looksLikeAppShell(document)) {
      await new Promise((r) => setTimeout(r, 3000));
      why = gate(document, location.hostname);
    }
    if (!why) return;
    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    if (isDisabledOn(settings, location.hostname)) return;
    const deep = await import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/deep.js'));
    await deep.start({ send: (m: unknown) => browser.runtime.sendMessage(m), storage: browser.storage.local, history: settings.history, base: browser.runtime.getURL('/') });
  },
});
