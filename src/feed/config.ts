/** The default feed this build follows, fixed at build time (see build-config.ts); null when it follows none. */
import type { BuildFeed } from './build-config';

declare const __LUREWATCH_FEED__: BuildFeed | null | undefined;

export const buildFeed: BuildFeed | null = typeof __LUREWATCH_FEED__ === 'undefined' ? null : __LUREWATCH_FEED__;
