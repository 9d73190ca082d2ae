import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createChecker } from '../src/background/checker';
import { createFeedService, FEED_ALARM } from '../src/background/feeds';
import { buildFeed } from '../src/feed/config';
import { createFeedUpdater } from '../src/feed/updater';
import { bundledList } from '../src/indicators/bundled';
import { isFeedRequest } from '../src/messaging/protocol';

export default defineBackground(() => {
  const checker = createChecker([bundledList]);
  const updater = createFeedUpdater({
    storage: browser.storage.local,
    bundled: [bundledList],
    defaultFeed: buildFeed,
    onListsChanged: (lists) => checker.setLists(lists),
  });
  const feeds = createFeedService(updater, browser.alarms, browser.runtime.getURL('/'), [
    { id: bundledList.id, version: bundledList.version, expires: bundledList.expires },
  ]);
  checker.waitFor(updater.load().then(() => updater.activeLists()));

  browser.runtime.onMessage.addListener((message, sender) =>
    isFeedRequest(message) ? feeds.handle(message, sender) : checker.handle(browser.action, message, sender),
  );
  browser.tabs.onRemoved.addListener((tabId) => checker.forget(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void feeds.onAlarm();
  });
  browser.runtime.onInstalled.addListener(() => void feeds.reschedule());
  browser.runtime.onStartup.addListener(() => void feeds.reschedule());
});
