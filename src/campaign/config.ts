/** The campaign this build carries (see build-config.ts), or null for plain Lurewatch. */
import type { BuildCampaign } from './brand';

declare const __LUREWATCH_CAMPAIGN__: BuildCampaign | null | undefined;

export const buildCampaign: BuildCampaign | null = typeof __LUREWATCH_CAMPAIGN__ === 'undefined' ? null : __LUREWATCH_CAMPAIGN__;
