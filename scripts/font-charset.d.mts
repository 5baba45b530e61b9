export const PDF_FONTS: string[]
export function printableRanges(fontPaths?: string[]): [number, number][]
