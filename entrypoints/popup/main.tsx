import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup';
import type { TabVerdictReply } from '../../src/messaging/protocol';

async function load() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const reply = (await browser.runtime.sendMessage({ type: 'tab-verdict', tabId: tab.id })) as TabVerdictReply;
  return reply?.ok ? reply.result : null;
}

load().then(
  (result) => render(<Popup result={result} />, document.getElementById('app')!),
  () => render(<Popup result={null} />, document.getElementById('app')!),
);
