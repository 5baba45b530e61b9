/** Types for mutation-modules.mjs, so vitest.mutation.config.ts type-checks. */
export type MutationModule = { mutate: string[]; tests: string[] }
export declare const MUTATION_MODULES: Record<string, MutationModule>
