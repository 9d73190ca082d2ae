import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createChecker } from '../src/background/checker';

export default defineBackground(() => {
  const checker = createChecker();
  browser.runtime.onMessage.addListener((message, sender) => checker.handle(browser.action, message, sender));
  browser.tabs.onRemoved.addListener((tabId) => checker.forget(tabId));
});
