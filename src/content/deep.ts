/**
 * Second stage of the content script (built as an ES module, see wxt.config.ts), loaded only on job pages, feeds
 * and chats: site adapters, Readability, the Preact warnings and the loop that keeps them current.
 */
import { adapterFor } from '../extract/registry';
import type { StorageArea } from '../storage/area';
import { createPageUi } from '../ui/page-ui';
import { KEYS_ONLY, uiEnvFrom, type UiEnv } from '../ui/ui-env';
import type { UiReply } from '../background/ui-service';
import { loadGenuine, markGenuine, textKey } from './genuine';
import { createRunner, type Send } from './runner';

export interface DeepEnv {
  send: Send;
  storage: StorageArea;
  /** The user keeps a history of flagged ads (the background worker checks again before storing). */
  history?: boolean;
  /** The extension's base address (`runtime.getURL('/')`), for the campaign logo. */
  base?: string;
}

export async function start({ send, storage, history, base }: DeepEnv) {
  const genuine = await loadGenuine(storage);
  const uiIn = async (locale?: string): Promise<UiEnv | undefined> => {
    const r = (await send({ type: 'ui', locale }).catch(() => undefined)) as UiReply | undefined;
    if (!r?.ok) return undefined;
    // Inside a web page the campaign logo needs the extension's full address, not a path.
    const logo = r.brand.logo && base ? base.replace(/\/$/, '') + r.brand.logo : r.brand.logo;
    return uiEnvFrom({ ...r, brand: { ...r.brand, logo } });
  };
  const ui = createPageUi(document, {
    ui: (await uiIn()) ?? KEYS_ONLY,
    uiIn,
    onReport: (item, reply) => void send({ type: 'open-report', ad: { text: item.text, url: item.url ?? location.href, title: item.title, result: reply.result, explanations: reply.explanations, keys: reply.keys } }).catch(() => {}),
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
