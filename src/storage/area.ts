/**
 * The slice of `browser.storage.local` the extension uses, so that feature code can be driven by WXT's fakeBrowser
 * in tests. Every feature owns a key prefix and never writes outside it: an indicator update can never touch
 * settings or history.
 */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
