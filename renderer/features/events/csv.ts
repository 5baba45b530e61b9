/** File names for the events' exports; the CSV itself is written by `renderer/lib/export/csv.ts`. */

/** "Nettverksmøte 3. juni" → "nettverksmote-3-juni". */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
