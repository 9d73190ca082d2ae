import { browser } from 'wxt/browser';
import { Onboarding } from '../../src/ui/onboarding/onboarding';
import { mountPage } from '../../src/ui/boot';

void mountPage(
  () => <Onboarding onOpenChecker={() => void browser.tabs.create({ url: browser.runtime.getURL('/checker.html') })} settingsUrl={browser.runtime.getURL('/options.html')} />,
  'onbTitle',
);
