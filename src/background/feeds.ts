/**
 * The background worker's side of list updates: the alarm that wakes it when a feed is due, and the messages from
 * the options page. Only the extension's own pages may change subscriptions; a content script (which runs inside
 * web pages) can only ask for checks.
 */
import { FeedInputError } from '../feed/sources';
import type { FeedInputCode } from '../feed/urls';
import type { FeedUpdater, FeedView } from '../feed/updater';
import { isFeedRequest } from '../messaging/protocol';

export const FEED_ALARM = 'lurewatch-feeds';

export interface AlarmsApi {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<unknown> | unknown;
}

export interface BundledInfo { id: string; version: number; expires: string }
export type FeedReply = { ok: true; feeds: FeedView[]; bundled: BundledInfo[] } | { ok: false; error: string; code?: FeedInputCode };

export function createFeedService(updater: FeedUpdater, alarms: AlarmsApi, extensionOrigin: string, bundled: BundledInfo[] = []) {
  async function reschedule() {
    const when = await updater.nextDue();
    if (when === undefined) await alarms.clear(FEED_ALARM);
    else await alarms.create(FEED_ALARM, { when });
  }

  async function onAlarm() {
    try {
      await updater.updateDue();
    } finally {
      await reschedule();
    }
  }

  async function handle(message: unknown, sender: { url?: string; tab?: unknown }): Promise<FeedReply> {
    if (!isFeedRequest(message)) return { ok: false, error: 'unknown message' };
    if (!sender.url?.startsWith(extensionOrigin)) return { ok: false, error: 'only Lurewatch’s own pages can manage lists' };
    try {
      switch (message.type) {
        case 'feeds-status':
          break;
        case 'feed-update':
          await updater.update(message.id);
          break;
        case 'feed-subscribe':
          await updater.subscribe(message);
          break;
        case 'feed-enable':
          await updater.setEnabled(message.id, message.enabled);
          break;
        case 'feed-remove':
          await updater.unsubscribe(message.id);
          break;
      }
      if (message.type !== 'feeds-status') await reschedule();
      return { ok: true, feeds: await updater.views(), bundled };
    } catch (e) {
      if (e instanceof FeedInputError) return { ok: false, error: e.message, code: e.code };
      throw e;
    }
  }

  return { handle, onAlarm, reschedule };
}
