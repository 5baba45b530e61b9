// Stryker 9.6 (10 needs Node 22). Run through `npm run mutation`, which passes --mutate per module.

const name = process.env.NFK_MUTATION_MODULE

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Stryker's TypeScript hook calls an API TypeScript 7 lacks; a tsconfig that does not exist
  // turns the hook off (type errors are the typecheck step's job, not this one's).
  tsconfigFile: 'tsconfig.stryker-none.json',
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  incremental: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${name ?? 'all'}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['out', 'dist', 'reports', 'test-results', 'bench', '.git'],
  // No `testFiles` here: the vitest config already loads only the module's tests (NFK_MUTATION_MODULE),
  // and with a test filter Stryker 9.6 activates static mutants (module-level constants) after the
  // module was imported, reporting them Survived though the tests kill them (stryker-js #6144).
}
