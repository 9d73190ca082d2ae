import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension reads pages locally and never sends page text anywhere. Each permission is justified in README.md.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Lurewatch',
    description: 'Warns you when a job offer looks like a trafficking lure or a job scam. Everything is checked on your computer.',
    browser_specific_settings: {
      gecko: {
        id: 'lurewatch@lurewatch.org',
        strict_min_version: '128.0',
        // Nothing is collected: page text is scored on the computer and never sent.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
