import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup';
import type { TabVerdictReply } from '../../src/messaging/protocol';

// `?tab=ID` shows another tab's verdict (used when the popup is opened as a page, as the e2e tests do).
async function load() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  const reply = (await browser.runtime.sendMessage({ type: 'tab-verdict', tabId })) as TabVerdictReply;
  return reply?.ok ? reply.result : null;
}

load().then(
  (result) => render(<Popup result={result} />, document.getElementById('app')!),
  () => render(<Popup result={null} />, document.getElementById('app')!),
);
