/** The signed lists a campaign build and an administrator's policy add, as feeds the updater follows. */
import type { BuildCampaign } from './brand';
import type { Managed } from './schema';

export async function extraFeeds(campaign: BuildCampaign | null, policy: Promise<Managed | null>) {
  const managed = await policy.catch(() => null);
  return [
    ...(campaign?.lists ?? []).map((l, i) => ({ id: `campaign-${i + 1}`, title: l.title, urls: l.urls, publicKey: l.publicKey })),
    ...(managed?.lists ?? []).map((l, i) => ({ id: `managed-${i + 1}`, title: l.title, urls: l.urls, publicKey: l.publicKey })),
  ];
}
