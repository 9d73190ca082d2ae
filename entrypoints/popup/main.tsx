import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup';
import type { TabVerdictReply } from '../../src/messaging/protocol';
import { isDisabledOn } from '../../src/settings/settings';
import { readSettings, setSiteDisabled } from '../../src/settings/store';
import { mountPage } from '../../src/ui/boot';

const open = (path: '/checker.html' | '/bulk.html' | '/onboarding.html') => void browser.tabs.create({ url: browser.runtime.getURL(path) });

// `?tab=ID` shows another tab's verdict (used when the popup is opened as a page, as the e2e tests do).
async function load() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const reply = tabId === undefined ? undefined : ((await browser.runtime.sendMessage({ type: 'tab-verdict', tabId }).catch(() => undefined)) as TabVerdictReply | undefined);
  const settings = await readSettings(browser.storage.local);
  const host = reply?.url ? new URL(reply.url).hostname : undefined;
  await mountPage(() => (
    <Popup
      result={reply?.ok ? reply.result : null}
      explanations={reply?.explanations ?? {}}
      keys={reply?.keys}
      site={host?.replace(/^www\./, '')}
      siteDisabled={host ? isDisabledOn(settings, host) : false}
      onToggleSite={async (off) => void (host && (await setSiteDisabled(browser.storage.local, host, off)))}
      onOpenChecker={() => open('/checker.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenBulk={() => open('/bulk.html')}
      onOpenLearn={() => open('/onboarding.html')}
      onReport={reply?.item && reply.result ? () => void browser.runtime.sendMessage({ type: 'open-report', ad: { ...reply.item!, result: reply.result!, explanations: reply.explanations, keys: reply.keys } }) : undefined}
    />
  ));
}

void load();
