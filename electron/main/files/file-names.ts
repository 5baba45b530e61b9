/**
 * File names made from user text (organisation names), safe on Windows: no reserved characters or
 * device names, no trailing dots or spaces, bounded length, and never overwriting an existing file.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'

/** Windows device names, reserved with any extension (`CON.pdf` too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
export const MAX_BASE_LENGTH = 100

export type FileNameOptions = { extension: string; fallback: string; maxLength?: number }

/** `Ølberg A/S: "Test".` → `Ølberg A-S Test.pdf`; a name that cleans to nothing becomes the fallback. */
export function safeFileName(name: string, options: FileNameOptions): string {
  const max = options.maxLength ?? MAX_BASE_LENGTH
  let base = clean(name)
  if (!base) base = clean(options.fallback) || 'dokument'
  base = truncate(base, max)
  if (RESERVED.test(base.split('.')[0] ?? '')) base = `${base}_`
  return `${base}.${options.extension}`
}

function clean(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[/\\|]/g, '-')
    .replace(/[<>:"?*]/g, '')
    .replace(/\p{Cc}/gu, ' ')
    // Emoji and their joiners/selectors: legal on NTFS, but trouble in zip files, mail and older tools.
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
}

/** Cuts at a code-point boundary, then drops trailing dots and spaces Windows would strip. */
function truncate(base: string, max: number): string {
  const points = Array.from(base)
  if (points.length <= max) return base
  return points.slice(0, max).join('').replace(/[\s.]+$/, '')
}

/** Names in the folder, lower-cased: Windows and macOS compare names without case. */
async function existingNames(folder: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(folder)).map((n) => n.toLowerCase()))
  } catch {
    return new Set()
  }
}

/**
 * A path in `folder` for `fileName` that does not exist yet and is not in `taken` (names already
 * chosen in this batch, compared case-insensitively as Windows does): `Navn.pdf`, `Navn (2).pdf`, …
 */
export async function uniquePath(folder: string, fileName: string, taken: Set<string> = new Set()): Promise<string> {
  const ext = path.extname(fileName)
  const stem = fileName.slice(0, fileName.length - ext.length)
  const existing = await existingNames(folder)
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? fileName : `${stem} (${n})${ext}`
    const key = candidate.toLowerCase()
    if (!taken.has(key) && !existing.has(key)) {
      taken.add(key)
      return path.join(folder, candidate)
    }
  }
}
