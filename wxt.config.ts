import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { feedFromEnv } from './src/feed/build-config';
import { originPattern } from './src/feed/urls';

const feed = feedFromEnv(process.env);

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
    define: { __LUREWATCH_FEED__: JSON.stringify(feed) },
  }),
  manifest: ({ browser }) => ({
    name: 'Lurewatch',
    description: 'Warns you when a job offer looks like a trafficking lure or a job scam. Everything is checked on your computer.',
    permissions: ['storage', 'alarms'],
    ...(feed && { host_permissions: [...new Set(feed.urls.map(originPattern))] }),
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lurewatch@lurewatch.org',
          // 129: the first Firefox whose WebCrypto verifies Ed25519 list signatures.
          strict_min_version: '129.0',
          // Nothing is collected: page text is scored on the computer and never sent.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
