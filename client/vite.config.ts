import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import { SERVER_PATHS, serverPathSource } from '@spilno/shared';
import { graphqlDocuments } from './build/graphqlDocuments.ts';

// Everything the server answers (the list the server mounts its routes on) is proxied in
// development so the browser sees one origin, exactly as in production where the server also
// serves the built client from client/dist.
// SPILNO_API_URL points the proxy at a server elsewhere (the proxy's own test uses it).
const API_TARGET = process.env.SPILNO_API_URL ?? 'http://localhost:4000';

/** A proxy entry per server path; keys starting with `^` are regular expressions to Vite. */
export const devProxy = Object.fromEntries(
  Object.values(SERVER_PATHS).map((pattern) => [serverPathSource(pattern), API_TARGET]),
);

export default defineConfig({
  plugins: [
    react(),
    graphqlDocuments(),
    // Each text file gets its .br and .gz beside it at build time, at the highest levels, so
    // the server sends them as they are and never compresses a file per request.
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: {
    // @spilno/shared publishes TypeScript source under the "source" condition, so the
    // client uses it without building shared/ first.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: devProxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json maps each source to its chunk and imports: the size budget reads
    // it (build/size.test.ts). The server does not serve dotted folders.
    manifest: true,
    // Browsers without modulepreload (Safari before 17) fetch lazy chunks' imports when they
    // run instead; the polyfill would be on everyone's first screen.
    modulePreload: { polyfill: false },
    // React DOM alone is most of the entry chunk; size is tracked in gzip, not by this warning.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen runs, in two files instead of a few dozen: one stream
          // compresses better than many small ones, and each file costs a request. The entry
          // module itself stays out of the groups, so the manifest still names it by index.html.
          groups: [
            { name: 'framework', tags: ['$initial'], test: /node_modules/ },
            {
              name: 'shell',
              tags: ['$initial'],
              test: (id) => !/main\.tsx$|index\.html$/.test(id),
            },
          ],
        },
      },
    },
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
