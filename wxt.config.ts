import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build as viteBuild, mergeConfig, type InlineConfig } from 'vite';
import { feedFromEnv } from './src/feed/build-config';
import { originPattern } from './src/feed/urls';
import { campaignFromEnv } from './src/campaign/build-config';

const feed = feedFromEnv(process.env);
/** A partner's branded build: LUREWATCH_CAMPAIGN=path/to/campaign.json (see README, "Campaign builds"). */
const campaign = campaignFromEnv(process.env);
const hostPermissions = [...new Set([...(feed ? feed.urls.map(originPattern) : []), ...(campaign?.hostPermissions ?? [])])];

/**
 * The content script has two stages. The eager one (entrypoints/content.ts) runs on every page and must stay tiny;
 * only on job pages, feeds and chats does it import the second stage, `content-scripts/deep.js` (extraction,
 * Readability, the Preact warnings). WXT bundles content scripts as single IIFE files, so the second stage is built
 * here as an ES module with the content script's own Vite settings, and made importable by the content script.
 */
export const DEEP_SCRIPT = 'content-scripts/deep.js';
let contentConfig: InlineConfig | undefined;

async function buildDeepScript(outDir: string) {
  if (!contentConfig) throw new Error('the content script was not built, so its second stage cannot be');
  await viteBuild(mergeConfig(contentConfig, {
    build: {
      lib: { entry: path.resolve('src/content/deep.ts'), formats: ['es'], fileName: () => 'deep.js' },
      outDir: path.join(outDir, 'content-scripts'),
      emptyOutDir: false,
      rollupOptions: { output: { entryFileNames: 'deep.js', codeSplitting: false } },
    },
  } satisfies InlineConfig));
}

// The extension reads pages locally and never sends page text anywhere. Each permission is justified in README.md.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  // Lets a test build an extension that follows its own feed without touching the normal output.
  outDir: process.env.LUREWATCH_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __LUREWATCH_FEED__: JSON.stringify(feed), __LUREWATCH_CAMPAIGN__: JSON.stringify(campaign?.campaign ?? null) },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.name === 'content')) contentConfig = config;
    },
    'build:done': (wxt) => buildDeepScript(wxt.config.outDir),
    'prepare:publicPaths': (_wxt, paths) => void paths.push(DEEP_SCRIPT),
    'build:publicAssets': (_wxt, files) => {
      if (campaign?.logo) files.push({ absoluteSrc: campaign.logo.file, relativeDest: campaign.logo.dest });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Pages can fetch these files too; they hold no secret: our own code, and the campaign's public logo.
      const resources = [DEEP_SCRIPT, ...(campaign?.logo ? [campaign.logo.dest] : [])];
      manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources, matches: ['<all_urls>'] }] as typeof manifest.web_accessible_resources;
    },
  },
  manifest: ({ browser }) => ({
    // In the browser's language, from _locales (a campaign's name is its own, in any language).
    name: campaign ? campaign.campaign.name : '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: campaign ? campaign.campaign.name : '__MSG_extName__', ...(campaign?.logo?.dest.endsWith('.png') && { default_icon: { 32: campaign.logo.dest } }) },
    ...(campaign?.logo?.dest.endsWith('.png') && { icons: { 48: campaign.logo.dest, 128: campaign.logo.dest } }),
    permissions: ['storage', 'alarms', 'contextMenus'],
    ...(hostPermissions.length && { host_permissions: hostPermissions }),
    // Chrome validates an organisation's policy for this extension against this schema (Firefox reads policies.json).
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lurewatch@lurewatch.org',
          // 140: declares data_collection_permissions (and verifies Ed25519 list signatures, from 129).
          strict_min_version: '140.0',
          // Nothing is collected: page text is scored on the computer and never sent.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
