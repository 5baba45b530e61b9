/** Norwegian collation: æ, ø, å after z; numbers in natural order; case ignored. */
let collator: Intl.Collator | undefined

/**
 * Made at the first comparison, not on import: building the collator takes several milliseconds,
 * and the modules that import this load at start (issue 17: first start).
 */
export const compareNorwegian = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('nb', { sensitivity: 'base', numeric: true })).compare(a, b)
