/**
 * The first look at every parsed row (and the file head), in one pass and in place: refuses keys
 * that could poison a prototype, nesting deeper than MAX_DEPTH and text longer than
 * MAX_STRING_LENGTH; turns `{ "$bytes": base64 }` back into bytes; converts timestamps with a
 * local offset to UTC. JSON.parse reads any depth, but structured clone, JSON.stringify and every
 * recursive walker overflow the stack near 10,000 levels: this walk stops at MAX_DEPTH, so it
 * never recurses deeper than that itself.
 */
import { fromBase64, isBytesWrapper } from './envelope'
import { looksLikeTimestamp, toUtcTimestamp } from './timestamps'

/** Levels of objects and lists in one row, the row itself counted. The app's deepest rows use about 6. */
export const MAX_DEPTH = 32
/**
 * Characters in one text or key. The app's longest texts (contract templates) stop at 20,000.
 * Attachment bytes (`$bytes`) are not text: the file size limit bounds them.
 */
export const MAX_STRING_LENGTH = 1_000_000

/** Keys that could poison an object prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export type InspectProblem = { kind: 'forbidden-key' | 'too-deep' | 'too-long' | 'bad-bytes'; path: string[]; length?: number }
export type Inspected = { ok: true; value: unknown } | ({ ok: false } & InspectProblem)

class Found {
  constructor(readonly problem: InspectProblem) {}
}

function visit(value: unknown, depth: number, path: string[]): unknown {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH) throw new Found({ kind: 'too-long', path: [...path], length: value.length })
    return looksLikeTimestamp(value) ? (toUtcTimestamp(value) ?? value) : value
  }
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) throw new Found({ kind: 'too-deep', path: [...path] })
  if (isBytesWrapper(value)) {
    const text = value.$bytes
    if (text.length % 4 !== 0 || !BASE64.test(text)) throw new Found({ kind: 'bad-bytes', path: [...path] })
    return fromBase64(text)
  }
  // Lists too: their keys are their indexes.
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_KEYS.has(key)) throw new Found({ kind: 'forbidden-key', path: [...path, key] })
    if (key.length > MAX_STRING_LENGTH) throw new Found({ kind: 'too-long', path: [...path], length: key.length })
    path.push(key)
    record[key] = visit(record[key], depth + 1, path)
    path.pop()
  }
  return value
}

/** Checks and prepares one parsed value in place; never throws, whatever its shape or depth. */
export function inspectValue(value: unknown): Inspected {
  try {
    return { ok: true, value: visit(value, 0, []) }
  } catch (error) {
    if (error instanceof Found) return { ok: false, ...error.problem }
    throw error
  }
}

/** The refusal in Norwegian, without the place (the caller names table and row). */
export function describeInspectProblem(problem: InspectProblem): string {
  switch (problem.kind) {
    case 'forbidden-key':
      return `ulovlig nøkkel «${problem.path[problem.path.length - 1]}»`
    case 'too-deep':
      return `er nøstet for dypt (mer enn ${MAX_DEPTH} nivåer)`
    case 'too-long':
      return `teksten er for lang (${problem.length ?? 0} tegn; grensen er ${MAX_STRING_LENGTH})`
    case 'bad-bytes':
      return 'filinnholdet er ikke gyldig base64'
  }
}
