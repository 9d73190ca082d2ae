/** Opens the report page for an ad: the ad waits in session storage (memory only), never in the page's URL. */
import type { ReportAd } from '../report/build';

export const REPORT_KEY = 'report.ad';

export interface ReportApi {
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { create(props: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

export async function openReport(api: ReportApi, ad: ReportAd): Promise<void> {
  const id = Math.random().toString(36).slice(2, 10);
  await api.storage.session.set({ [`${REPORT_KEY}.${id}`]: { ...ad, text: ad.text.slice(0, 200_000) } });
  await api.tabs.create({ url: api.runtime.getURL(`/report.html?id=${id}`) });
}
