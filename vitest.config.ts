import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Dates are judged in Oslo time; every unit test runs in that zone.
process.env.TZ = 'Europe/Oslo'

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/unit/main/**/*.test.ts', 'tests/unit/shared/**/*.test.ts', 'tests/unit/scripts/**/*.test.ts'],
          env: { TZ: 'Europe/Oslo' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The real `npm start` path in a copy of the project, against a stand-in Electron release.
          name: 'start',
          environment: 'node',
          include: ['tests/unit/start/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
          env: { TZ: 'Europe/Oslo' },
          testTimeout: 30_000,
        },
      },
    ],
  },
})
