import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createChecker } from '../src/background/checker';
import { installContextMenu, listenContextMenu, retitleContextMenu, type MenuApi } from '../src/background/context-menu';
import { createFeedService, FEED_ALARM } from '../src/background/feeds';
import { openReport, type ReportApi } from '../src/background/open-report';
import { buildFeed } from '../src/feed/config';
import { createFeedUpdater } from '../src/feed/updater';
import { bundledList } from '../src/indicators/bundled';
import { isFeedRequest } from '../src/messaging/protocol';
import { addToHistory, makeEntry } from '../src/history/store';
import { parseSettings, SETTINGS_KEY, THRESHOLDS } from '../src/settings/settings';
import { readSettings } from '../src/settings/store';
import { createUiService } from '../src/background/ui-service';
import { buildCampaign } from '../src/campaign/config';
import { extraFeeds } from '../src/campaign/feeds';
import { makeTranslator } from '../src/i18n/catalog';

export default defineBackground(() => {
  const checker = createChecker([bundledList], (ad) => openReport(browser as unknown as ReportApi, ad));
  const ui = createUiService({
    loadMessages: (dir) => fetch(browser.runtime.getURL(`/_locales/${dir}/messages.json` as '/popup.html')).then((r) => r.json()),
    readSettings: () => readSettings(browser.storage.local),
    // Firefox without a policy, or a browser without managed storage, rejects: that is "no policy".
    readManaged: () => browser.storage.managed.get(),
    languages: () => [browser.i18n.getUILanguage(), ...navigator.languages],
    campaign: buildCampaign,
    warn: (m) => console.warn(m),
  });
  checker.setUi(ui);
  const updater = createFeedUpdater({
    storage: browser.storage.local,
    bundled: [bundledList],
    defaultFeed: buildFeed,
    extraFeeds: () => extraFeeds(buildCampaign, ui.policy()),
    onListsChanged: (lists) => checker.setLists(lists),
  });
  const feeds = createFeedService(updater, browser.alarms, browser.runtime.getURL('/'), [
    { id: bundledList.id, version: bundledList.version, expires: bundledList.expires },
  ]);
  checker.waitFor(updater.load().then(() => checker.setLists(updater.activeLists())));

  const applySettings = (raw: unknown) => {
    const settings = parseSettings(raw);
    checker.setThresholds(THRESHOLDS[settings.sensitivity]);
    checker.setHistory(settings.history ? (input, result, lists) => addToHistory(browser.storage.local, makeEntry(input, result, lists, new Date())).then(() => {}) : null);
  };
  checker.waitFor(browser.storage.local.get(SETTINGS_KEY).then((s) => applySettings(s[SETTINGS_KEY])));
  const menuTitle = () => ui.handle(undefined, {}).then((r) => makeTranslator(r.messages, {}, r.brand.name)('contextMenuCheck'));
  browser.storage.local.onChanged.addListener((changes) => {
    if (!changes[SETTINGS_KEY]) return;
    applySettings(changes[SETTINGS_KEY].newValue);
    void menuTitle().then((title) => retitleContextMenu(browser as unknown as MenuApi, title));
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    isFeedRequest(message) ? feeds.handle(message, sender) : checker.handle(browser.action, message, sender),
  );
  browser.tabs.onRemoved.addListener((tabId) => checker.forget(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void feeds.onAlarm();
  });
  // Menus persist across worker restarts; they are created once per install or update.
  listenContextMenu(browser as unknown as MenuApi);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void menuTitle().then(
      (title) => installContextMenu(browser as unknown as MenuApi, title),
      () => installContextMenu(browser as unknown as MenuApi),
    );
    void feeds.reschedule();
    // Once, after the first install: what Lurewatch does, and the red flags. Never again on updates.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  browser.runtime.onStartup.addListener(() => void feeds.reschedule());
});
