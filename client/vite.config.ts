import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Everything the server answers (API, health check, calendar feeds, spreadsheet exports,
// attachments)
// is proxied in development so the browser sees one origin, exactly as in production where
// the server also serves the built client from client/dist.
const API_TARGET = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @spilno/shared publishes TypeScript source under the "source" condition, so the
    // client uses it without building shared/ first.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': API_TARGET,
      '/healthz': API_TARGET,
      '/calendar': API_TARGET,
      '/export': API_TARGET,
      '/attachments': API_TARGET,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React DOM alone is most of the entry chunk; size is tracked in gzip, not by this warning.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Component tests type into real inputs; a busy CI machine needs more than 5 s.
    testTimeout: 15_000,
    // One jsdom and one module graph per worker rather than per file: each test renders into a
    // fresh tree with its own mocked client, and the setup file cleans the document after each.
    isolate: false,
  },
});
