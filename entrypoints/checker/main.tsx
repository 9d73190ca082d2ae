import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Checker } from '../../src/ui/checker';
import type { CheckReply, ErrorReply } from '../../src/messaging/protocol';
import { readerCountry } from '../../src/ui/advice';
import { SELECTION_KEY } from '../../src/background/context-menu';

// Text chosen with "Check selected text" waits in session storage (memory only, gone when the browser closes).
async function selectedText(): Promise<string> {
  if (new URLSearchParams(location.search).get('from') !== 'selection') return '';
  const got = await browser.storage.session.get(SELECTION_KEY).catch(() => ({}) as Record<string, unknown>);
  await browser.storage.session.remove(SELECTION_KEY).catch(() => {});
  const text = got[SELECTION_KEY];
  return typeof text === 'string' ? text : '';
}

selectedText().then((initialText) =>
  render(
    <Checker
      initialText={initialText}
      country={readerCountry(navigator.languages)}
      check={(text) => browser.runtime.sendMessage({ type: 'check', input: { text } }) as Promise<CheckReply | ErrorReply | undefined>}
    />,
    document.getElementById('app')!,
  ),
);
