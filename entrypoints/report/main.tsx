import { browser } from 'wxt/browser';
import { downloadText } from '../../src/ui/download';
import { REPORT_KEY } from '../../src/background/open-report';
import type { ReportAd } from '../../src/report/build';
import { ReportPage } from '../../src/ui/report/report-page';
import { mountPage } from '../../src/ui/boot';

// The ad waits in session storage (memory only) under this tab's key; a reload of the page keeps it.
const key = `${REPORT_KEY}.${new URLSearchParams(location.search).get('id') ?? ''}`;
browser.storage.session.get(key).then((got) => {
  const ad = (got[key] ?? null) as ReportAd | null;
  return mountPage(
    () => (
      <ReportPage
        ad={ad && typeof ad.text === 'string' && ad.result ? ad : null}
        copy={(t) => navigator.clipboard.writeText(t)}
        download={downloadText}
        open={(url) => void window.open(url, '_blank', 'noopener')}
      />
    ),
    'rpTitle',
  );
});
