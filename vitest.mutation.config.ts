import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Stryker's vitest runner: only the tests of the module being mutated (NFK_MUTATION_MODULE), in the
// same environments as `npm test`.
process.env.TZ = 'Europe/Oslo'
const { MUTATION_MODULES } = await import('./scripts/mutation-modules.mjs')
const name = process.env.NFK_MUTATION_MODULE
const include: string[] = (name ? MUTATION_MODULES[name]?.tests : undefined) ?? ['tests/unit/**/*.test.{ts,tsx}']
const inRenderer = (glob: string) => glob.startsWith('tests/unit/renderer/')
// A mutant that makes a test wait forever costs this long per run: NFK_MUTATION_TEST_TIMEOUT=5000 on a busy machine.
const testTimeout = Number(process.env.NFK_MUTATION_TEST_TIMEOUT) || 30_000

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'main', environment: 'node', include: include.filter((g) => !inRenderer(g)), env: { TZ: 'Europe/Oslo' }, testTimeout },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: include.filter(inRenderer),
          setupFiles: ['tests/unit/renderer/setup.ts'],
          env: { TZ: 'Europe/Oslo' },
          testTimeout,
        },
      },
    ],
  },
})
