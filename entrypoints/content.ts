import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scanPage } from '../src/extract/scan-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: () => scanPage(document, location.href, (msg) => browser.runtime.sendMessage(msg)),
});
