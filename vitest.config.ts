import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The fixture builds run a whole Astro build each.
    testTimeout: 120_000,
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one by one;
    // the fixture builds wait on the disk often enough that two at once finish sooner.
    maxWorkers: 2,
  },
});
