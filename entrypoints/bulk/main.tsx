import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../src/ui/download';
import { BulkPage } from '../../src/ui/bulk/bulk-page';

render(<BulkPage send={(m) => browser.runtime.sendMessage(m)} storage={browser.storage.local} download={downloadText} />, document.getElementById('app')!);
