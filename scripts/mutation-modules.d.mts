export const MUTATION_MODULES: Record<string, { mutate: string[]; tests: string[] }>
