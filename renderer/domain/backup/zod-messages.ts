/**
 * zod's issues in Norwegian, for import refusals: the user reads "må være et tall", never
 * "Invalid input: expected number". Messages written on the schemas themselves take precedence.
 */
import type { z } from 'zod'

type RawIssue = z.core.$ZodRawIssue

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  bigint: 'et heltall',
  boolean: 'sann eller usann (true/false)',
  array: 'en liste',
  object: 'et objekt',
  record: 'et objekt',
  null: 'tom (null)',
}
const typeName = (expected: string): string => (Object.hasOwn(TYPES, expected) ? (TYPES[expected] as string) : 'en annen type')

function shown(value: unknown): string {
  return typeof value === 'string' ? `«${value}»` : String(value)
}

function sizeText(issue: RawIssue & { origin?: string }, word: 'minst' | 'høyst', limit: unknown): string {
  if (issue.origin === 'string') return `må ha ${word} ${String(limit)} tegn`
  if (issue.origin === 'array' || issue.origin === 'set') return `må ha ${word} ${String(limit)} elementer`
  return `må være ${word} ${String(limit)}`
}

/** Per-parse error map: `schema.safeParse(value, { error: norwegianIssue })`. */
export function norwegianIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'mangler' : `må være ${typeName(issue.expected)}`
    case 'invalid_value':
      return issue.values.length === 1 ? `må være ${shown(issue.values[0])}` : `må være én av ${issue.values.map(shown).join(', ')}`
    case 'too_small':
      return sizeText(issue, 'minst', issue.minimum)
    case 'too_big':
      return sizeText(issue, 'høyst', issue.maximum)
    case 'not_multiple_of':
      return `må gå opp i ${String(issue.divisor)}`
    case 'unrecognized_keys':
      return `har felt som ikke hører hjemme her (${issue.keys.join(', ')})`
    default:
      return 'har en ugyldig verdi'
  }
}
