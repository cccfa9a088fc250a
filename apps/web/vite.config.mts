import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The NL Design System's React bundle sets `Component.displayName = '...'` on all ~100 components at module
 * level; to the bundler those are side effects, so every component would ship. Names only matter to React's
 * developer tools: in a production build they are dropped, and unused components with them.
 */
function dropDisplayNames(): Plugin {
  return {
    name: 'loket-drop-nlds-display-names',
    apply: 'build',
    transform(code, id) {
      if (!/@utrecht[\\/][^\\/]+-react[\\/]dist[\\/].*\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null };
    },
  };
}

// The web front end: built to dist/apps/web and served by the gateway (apps/gateway) on Loket's one origin.
// `npx nx serve web` proxies /api and /config.json to a running gateway (npm run up).
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), dropDisplayNames()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true, // read by test/bench/web-initial-js.bench.ts
    rolldownOptions: {
      // The NL Design System packages declare no `sideEffects`; they have none but their CSS, so unused
      // components (and their dependencies, e.g. the calendar's date library) are left out of the bundle.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules[\\/]@utrecht[\\/]/.test(id) || id.endsWith('.css') },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000', '/config.json': 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    // worker threads rather than forked processes: 44.6 against 48.7 s for the 39 files on this 2-core machine
    pool: 'threads',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
