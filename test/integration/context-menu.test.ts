/** "Check selected text": the selection reaches the checker page through session storage, never through a URL. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installContextMenu, listenContextMenu, MENU_ID, retitleContextMenu, SELECTION_KEY, type MenuApi } from '../../src/background/context-menu';
import { uiEnv } from '../helpers/ui';

function api() {
  let onClicked: ((info: { menuItemId: string | number; selectionText?: string }) => void) | undefined;
  const created: { id: string; title: string }[] = [];
  const opened: string[] = [];
  const a: MenuApi = {
    contextMenus: {
      create: (p) => created.push(p),
      update: (id, { title }) => void created.filter((c) => c.id === id).forEach((c) => (c.title = title)),
      onClicked: { addListener: (cb) => void (onClicked = cb) },
    },
    storage: { session: fakeBrowser.storage.session },
    tabs: { create: async ({ url }) => void opened.push(url) },
    runtime: { getURL: (p) => `chrome-extension://id${p}` },
  };
  return { a, created, opened, click: (info: Parameters<NonNullable<typeof onClicked>>[0]) => onClicked!(info) };
}

describe('context menu', () => {
  it('offers the item on selected text only, and hands the selection to a new checker tab', async () => {
    fakeBrowser.reset();
    const { a, created, opened, click } = api();
    installContextMenu(a);
    listenContextMenu(a);
    expect(created).toEqual([{ id: MENU_ID, title: 'Check selected text with Lurewatch', contexts: ['selection'] }]);
    const text = 'Job in Cambodia, salary 1500 USD, tourist visa, contact Telegram only';
    click({ menuItemId: MENU_ID, selectionText: text });
    await vi.waitFor(() => expect(opened).toEqual(['chrome-extension://id/checker.html?from=selection']));
    expect((await fakeBrowser.storage.session.get(SELECTION_KEY))[SELECTION_KEY]).toBe(text);
    expect(opened[0]).not.toContain('Cambodia');
  });

  it('is titled in the interface language, and follows when the language changes', async () => {
    const { a, created } = api();
    installContextMenu(a, uiEnv('en').t('contextMenuCheck'));
    expect(created[0]!.title).toBe('Check selected text with Lurewatch');
    await retitleContextMenu(a, uiEnv('sw').t('contextMenuCheck'));
    expect(created[0]!.title).toMatch(/Lurewatch/);
    expect(created[0]!.title).not.toBe('Check selected text with Lurewatch');
  });

  it('ignores other menu items and empty selections', async () => {
    fakeBrowser.reset();
    const { a, opened, click } = api();
    listenContextMenu(a);
    click({ menuItemId: 'other', selectionText: 'x' });
    click({ menuItemId: MENU_ID, selectionText: '' });
    await new Promise((r) => setTimeout(r, 10));
    expect(opened).toEqual([]);
  });
});
