import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/** The same integration suite runs against a real PostgreSQL server and against PGlite. */
const shared = {
  globalSetup: ['test/global-setup.ts'],
  setupFiles: ['test/setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // Files share a worker's loaded modules instead of importing the whole server afresh each:
  // every file starts its own app on its own database, so nothing else is shared between them.
  isolate: false,
};

export default defineConfig({
  plugins: [
    // esbuild cannot emit decorator metadata; swc can.
    swc.vite({
      swcrc: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
        },
        target: 'es2022',
      },
      module: { type: 'es6' },
    }),
  ],
  resolve: {
    // The workspace package is read from its TypeScript source, not its build.
    alias: {
      '@spilno/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      // One graphql instance: Node loads it as CommonJS for the libraries, so must our code.
      graphql: createRequire(import.meta.url).resolve('graphql'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'postgres',
          env: { TEST_DB: 'postgres' },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'pglite',
          env: { TEST_DB: 'pglite' },
          // Unit tests need no database; they run once, in the postgres project.
          include: ['test/integration/**/*.test.ts'],
        },
      },
    ],
  },
});
