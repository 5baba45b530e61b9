import { defineConfig } from 'vitest/config'

// Benchmarks run one at a time, each measuring its own floor in the same process.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { TZ: 'Europe/Oslo' },
  },
})
