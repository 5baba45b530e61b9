/** Norwegian collation: æ, ø, å after z; numbers in natural order; case ignored. */
export const norwegianCollator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

export const compareNorwegian = (a: string, b: string): number => norwegianCollator.compare(a, b)
