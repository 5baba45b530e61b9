// Stryker 9.6 (10 needs Node 22). Run through `npm run mutation`, which passes --mutate per module.

const name = process.env.NFK_MUTATION_MODULE

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // A tsconfig that does not exist turns Stryker's TypeScript hook off: type errors are the
  // typecheck step's job, not this one's (and the hook needs a TypeScript with a JS API).
  tsconfigFile: 'tsconfig.stryker-none.json',
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  incremental: true,
  // NFK_MUTATION_CONCURRENCY=1 on a machine shared with other work.
  concurrency: Number(process.env.NFK_MUTATION_CONCURRENCY) || 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${name ?? 'all'}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['out', 'dist', 'reports', 'test-results', 'bench', '.git'],
  // No `testFiles`: vitest.mutation.config.ts already runs only this module's tests, and with
  // testFiles Stryker 9.6 activates static (module-level) mutants after the module has loaded, so
  // they always "survive" (stryker-js#6144).
}
