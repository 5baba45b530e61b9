#!/usr/bin/env node
/** Regenerates electron/shared/pdf-charset.ts from the embedded fonts: node scripts/gen-pdf-charset.mjs */
import fontkit from '@pdf-lib/fontkit'
import { readFileSync } from 'node:fs'
const r = new Set(fontkit.create(readFileSync('assets/fonts/DejaVuSans.ttf')).characterSet)
const b = fontkit.create(readFileSync('assets/fonts/DejaVuSans-Bold.ttf')).characterSet
const both = b.filter((c) => r.has(c)).sort((x, y) => x - y)
const ranges = []
for (const c of both) {
  const last = ranges.at(-1)
  if (last && last[1] === c - 1) last[1] = c
  else ranges.push([c, c])
}
console.log(both.length, ranges.length)
const hex = (n) => '0x' + n.toString(16)
// flat list of [start, end] pairs
const flat = ranges.flatMap(([a, z]) => [a, z]).map(hex)
let lines = []; let line = ''
for (const h of flat) { if ((line + h).length > 110) { lines.push(line.trimEnd()); line = '' } line += h + ', ' }
lines.push(line.trimEnd())
const out = `/**
 * Every character the PDF fonts (DejaVu Sans and Bold) can draw, as [start, end] code-point pairs.
 * Generated from the font files; a unit test checks it still matches them. Input fields whose
 * text ends up in a PDF accept exactly these characters (and line breaks).
 */
const RANGES: readonly number[] = [
${lines.map((l) => '  ' + l).join('\n')}
]

function inRanges(codePoint: number): boolean {
  let lo = 0
  let hi = RANGES.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = RANGES[mid * 2] ?? 0
    const end = RANGES[mid * 2 + 1] ?? 0
    if (codePoint < start) hi = mid - 1
    else if (codePoint > end) lo = mid + 1
    else return true
  }
  return false
}

export function isPrintable(codePoint: number): boolean {
  return codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x09 || inRanges(codePoint)
}

/** The distinct characters of \`text\` a PDF cannot print, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const found: string[] = []
  for (const character of text.normalize('NFC')) {
    if (!isPrintable(character.codePointAt(0) ?? 0) && !found.includes(character)) found.push(character)
  }
  return found
}

/** A Norwegian message naming the characters that cannot be printed, or null. */
export function unprintableMessage(text: string): string | null {
  const bad = unprintableCharacters(text)
  if (bad.length === 0) return null
  const named = bad.slice(0, 5).map((c) => \`«\${c}» (U+\${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})\`)
  return \`Teksten inneholder tegn som ikke kan skrives ut i PDF: \${named.join(', ')}. Fjern eller bytt dem ut.\`
}

/** For the test that keeps this list in step with the font files. */
export const PRINTABLE_RANGES = RANGES
`
import { writeFileSync } from 'node:fs'
writeFileSync('electron/shared/pdf-charset.ts', out)
