/** Types for mutation-modules.mjs, so vitest.mutation.config.ts type-checks. */
export declare const MUTATION_MODULES: { readonly [name: string]: { mutate: string[]; tests: string[] } }
