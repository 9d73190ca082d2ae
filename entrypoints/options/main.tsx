import { browser } from 'wxt/browser';
import { Options } from '../../src/ui/options/options';
import { mountPage } from '../../src/ui/boot';

void mountPage(
  () => (
    <Options
      send={(m) => browser.runtime.sendMessage(m)}
      requestOrigins={(origins) => browser.permissions.request({ origins }).catch(() => false)}
      storage={browser.storage.local}
      browserLanguage={browser.i18n.getUILanguage()}
    />
  ),
  'popupSettings',
);
