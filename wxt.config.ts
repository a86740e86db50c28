import { defineConfig } from 'wxt';
import { outDir } from './scripts/out-dir';

// Permissions, CSP and matches are pinned by tests/e2e/release.spec.ts: change both together.
export default defineConfig({
  outDir: outDir(import.meta.dirname),
  modules: ['@wxt-dev/module-react'],
  // The resume import worker loads mammoth on demand: ES module workers can split code.
  vite: () => ({ worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: 'LoopReady',
    description:
      'Reads the amazon.jobs posting you are on and prepares you for the loop: level, Leadership Principles, resume and stories. Nothing leaves your machine.',
    permissions: ['storage', 'contextMenus'],
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'loopready@loopready.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142+.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
