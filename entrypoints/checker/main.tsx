import { browser } from 'wxt/browser';
import { Checker } from '../../src/ui/checker';
import type { CheckReply, ErrorReply } from '../../src/messaging/protocol';
import { SELECTION_KEY } from '../../src/background/context-menu';
import { mountPage } from '../../src/ui/boot';

// Text chosen with "Check selected text" waits in session storage (memory only, gone when the browser closes).
async function selectedText(): Promise<string> {
  if (new URLSearchParams(location.search).get('from') !== 'selection') return '';
  const got = await browser.storage.session.get(SELECTION_KEY).catch(() => ({}) as Record<string, unknown>);
  await browser.storage.session.remove(SELECTION_KEY).catch(() => {});
  const text = got[SELECTION_KEY];
  return typeof text === 'string' ? text : '';
}

selectedText().then((initialText) =>
  mountPage(
    () => <Checker initialText={initialText} check={(text) => browser.runtime.sendMessage({ type: 'check', input: { text } }) as Promise<CheckReply | ErrorReply | undefined>} />,
    'checkerTitle',
  ),
);
