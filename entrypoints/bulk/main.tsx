import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BulkPage } from '../../src/ui/bulk/bulk-page';

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(<BulkPage send={(m) => browser.runtime.sendMessage(m)} storage={browser.storage.local} download={download} />, document.getElementById('app')!);
