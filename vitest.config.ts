import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The fixture builds run a whole Astro build each.
    testTimeout: 120_000,
  },
});
