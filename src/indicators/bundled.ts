/** The list shipped inside the extension: the embedded default that works offline, with no server. */
import core from '../../assets/indicators/lurewatch-core.json';
import type { ListDocument } from './schema';

export const bundledList = core as unknown as ListDocument;
