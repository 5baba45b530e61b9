import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Stryker's vitest runner: only the tests of the module being mutated (NFK_MUTATION_MODULE), in the
// same environments as `npm test`.
process.env.TZ = 'Europe/Oslo'
const { MUTATION_MODULES } = await import('./scripts/mutation-modules.mjs')
const name = process.env.NFK_MUTATION_MODULE
const include: string[] = (name ? MUTATION_MODULES[name]?.tests : undefined) ?? ['tests/unit/**/*.test.{ts,tsx}']
const inRenderer = (glob: string) => glob.startsWith('tests/unit/renderer/')

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'main', environment: 'node', include: include.filter((g) => !inRenderer(g)), env: { TZ: 'Europe/Oslo' }, testTimeout: 30_000 },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: include.filter(inRenderer),
          setupFiles: ['tests/unit/renderer/setup.ts'],
          env: { TZ: 'Europe/Oslo' },
          testTimeout: 30_000,
        },
      },
    ],
  },
})
