import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../src/ui/download';
import { REPORT_KEY } from '../../src/background/open-report';
import type { ReportAd } from '../../src/report/build';
import type { HelpReply } from '../../src/messaging/protocol';
import { readerCountry } from '../../src/ui/advice';
import { ReportPage } from '../../src/ui/report/report-page';

// The ad waits in session storage (memory only) under this tab's key; a reload of the page keeps it.
const key = `${REPORT_KEY}.${new URLSearchParams(location.search).get('id') ?? ''}`;
Promise.all([browser.storage.session.get(key), browser.runtime.sendMessage({ type: 'help' }).catch(() => undefined) as Promise<HelpReply | undefined>]).then(([got, help]) => {
  const ad = (got[key] ?? null) as ReportAd | null;
  render(
    <ReportPage
      help={help?.ok ? help.countries : undefined}
      ad={ad && typeof ad.text === 'string' && ad.result ? ad : null}
      country={readerCountry(navigator.languages)}
      copy={(t) => navigator.clipboard.writeText(t)}
      download={downloadText}
      open={(url) => void window.open(url, '_blank', 'noopener')}
    />,
    document.getElementById('app')!,
  );
});
