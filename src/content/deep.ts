/**
 * Second stage of the content script (built as an ES module, see wxt.config.ts), loaded only on job pages, feeds
 * and chats: site adapters, Readability, the Preact warnings and the loop that keeps them current.
 */
import { adapterFor } from '../extract/registry';
import type { StorageArea } from '../storage/area';
import { readerCountry } from '../ui/advice';
import { createPageUi } from '../ui/page-ui';
import { loadGenuine, markGenuine, textKey } from './genuine';
import { createRunner, type Send } from './runner';
import type { HelpReply } from '../messaging/protocol';

export interface DeepEnv {
  send: Send;
  storage: StorageArea;
  /** The user keeps a history of flagged ads (the background worker checks again before storing). */
  history?: boolean;
}

export async function start({ send, storage, history }: DeepEnv) {
  const genuine = await loadGenuine(storage);
  const help = ((await send({ type: 'help' }).catch(() => undefined)) as HelpReply | undefined)?.countries;
  const ui = createPageUi(document, {
    help,
    country: readerCountry(navigator.languages ?? [navigator.language]),
    onReport: (item, reply) => void send({ type: 'open-report', ad: { text: item.text, url: item.url ?? location.href, title: item.title, result: reply.result, explanations: reply.explanations } }).catch(() => {}),
    onGenuine: (item) => {
      genuine.add(textKey(item.text));
      void markGenuine(storage, item.text);
    },
  });
  const runner = createRunner({
    doc: document,
    location: () => location.href,
    send,
    ui,
    adapterFor,
    isDismissed: (item) => genuine.has(textKey(item.text)),
    onFlagged: history ? (item, reply) => void send({ type: 'history-add', input: { text: item.text, url: item.url ?? location.href, title: item.title }, result: reply.result }).catch(() => {}) : undefined,
  });
  await runner.scan();
  // The whole body, not an adapter's list element: apps replace those on navigation.
  runner.observe(document.body ?? document.documentElement);
  return runner;
}
