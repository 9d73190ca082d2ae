/**
 * "Check selected text" in the page's context menu: the selection waits in session storage (memory only) for the
 * checker page the menu opens, so it never appears in a URL or in history.
 */
export const MENU_ID = 'lurewatch-check-selection';
export const SELECTION_KEY = 'checker.selection';

export interface MenuApi {
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
    update(id: string, props: { title: string }): Promise<void> | void;
    onClicked: { addListener(cb: (info: { menuItemId: string | number; selectionText?: string }) => void): void };
  };
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { create(props: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

/** `title` is in the interface language, with the product's (or campaign's) name. */
export function installContextMenu(api: MenuApi, title = 'Check selected text with Lurewatch') {
  api.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] });
}

/** The interface language changed: the menu item follows (menus outlive the worker, so they are updated, not re-made). */
export async function retitleContextMenu(api: MenuApi, title: string) {
  await Promise.resolve(api.contextMenus.update(MENU_ID, { title })).catch(() => {});
}

export function listenContextMenu(api: MenuApi) {
  api.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void api.storage.session
      .set({ [SELECTION_KEY]: info.selectionText.slice(0, 200_000) })
      .then(() => api.tabs.create({ url: api.runtime.getURL('/checker.html?from=selection') }));
  });
}
