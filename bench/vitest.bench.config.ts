import { defineConfig } from 'vitest/config'

// Benchmarks run one at a time, each measuring its own floor in the same process.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // One port for the preview server and the test host's trusted origin (tests/e2e/host/test-host.ts
    // reads E2E_PORT too): left unset, the two defaults differed and the host refused every request.
    env: { TZ: 'Europe/Oslo', E2E_PORT: process.env.E2E_PORT ?? '4181' },
  },
})
