import { defineConfig } from 'vitest/config';

/** The size budget of a built client: run after `vite build`, never with the unit tests. */
export default defineConfig({
  test: {
    include: ['build/size.test.ts'],
    environment: 'node',
  },
});
