import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../src/ui/options/options';

render(
  <Options
    send={(m) => browser.runtime.sendMessage(m)}
    requestOrigins={(origins) => browser.permissions.request({ origins }).catch(() => false)}
    storage={browser.storage.local}
  />,
  document.getElementById('app')!,
);
