// Types for mutation-modules.mjs, so vitest.mutation.config.ts type-checks; keep the names in step.
type MutationModule = { mutate: string[]; tests: string[] }
export const MUTATION_MODULES: {
  'ipc-dispatch': MutationModule
  security: MutationModule
  'app-protocol': MutationModule
  'open-external': MutationModule
  backups: MutationModule
  'atomic-write': MutationModule
  'import-reader': MutationModule
  'import-planner': MutationModule
  'import-apply': MutationModule
  'org-number': MutationModule
  criteria: MutationModule
}
