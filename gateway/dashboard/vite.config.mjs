import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard, bundled into dist/dashboard at build time (no CDN); the gateway serves it at /dashboard/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
});
