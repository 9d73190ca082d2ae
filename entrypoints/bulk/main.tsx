import { browser } from 'wxt/browser';
import { downloadText } from '../../src/ui/download';
import { BulkPage } from '../../src/ui/bulk/bulk-page';
import { mountPage } from '../../src/ui/boot';

void mountPage(() => <BulkPage send={(m) => browser.runtime.sendMessage(m)} storage={browser.storage.local} download={downloadText} />, 'bulkTitle');
