/**
 * Starts an extension page in the reader's language: asks the worker for the messages and brand, sets the page's
 * `lang`, `dir` and title, renders inside the UiContext, and renders again when the settings or an administrator's
 * policy change (a new language chosen in options shows at once, on every open page).
 */
import { render, type VNode } from 'preact';
import { browser } from 'wxt/browser';
import type { UiReply } from '../background/ui-service';
import { PLAIN_BRAND } from '../campaign/brand';
import { compileCatalog } from '../i18n/catalog';
import type { MessageKey } from '../i18n/keys';
import { SETTINGS_KEY } from '../settings/settings';
import { UiContext, uiEnvFrom, type UiEnv } from './ui-env';

export async function loadUi(locale?: string): Promise<UiEnv> {
  const reply = (await browser.runtime.sendMessage({ type: 'ui', locale }).catch(() => undefined)) as UiReply | undefined;
  if (reply?.ok) return uiEnvFrom(reply);
  // The worker did not answer (it is restarting, or broken): English from our own files rather than nothing.
  const en = await fetch(browser.runtime.getURL('/_locales/en/messages.json')).then((r) => r.json()).catch(() => ({}));
  return uiEnvFrom({ ok: true, locale: 'en', tag: 'en', rtl: false, messages: compileCatalog(en), brand: PLAIN_BRAND, help: {}, adLanguage: false });
}

export function applyToDocument(ui: UiEnv, title?: MessageKey) {
  document.documentElement.lang = ui.tag;
  document.documentElement.dir = ui.rtl ? 'rtl' : 'ltr';
  document.title = title ? `${ui.t(title)} · ${ui.brand.name}` : ui.brand.name;
}

export async function mountPage(view: (ui: UiEnv) => VNode, title?: MessageKey): Promise<UiEnv> {
  const el = document.getElementById('app')!;
  const show = (ui: UiEnv) => {
    applyToDocument(ui, title);
    render(<UiContext.Provider value={ui}>{view(ui)}</UiContext.Provider>, el);
  };
  const ui = await loadUi();
  show(ui);
  browser.storage.onChanged.addListener((changes, area) => {
    // An administrator's policy can arrive after the page opened (the browser loads policies at its own pace).
    if ((area === 'local' && changes[SETTINGS_KEY]) || area === 'managed') void loadUi().then(show);
  });
  return ui;
}
