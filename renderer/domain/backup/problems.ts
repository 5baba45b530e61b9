/** Why a file cannot be imported, in Norwegian, with the table, row and field it is about. */
import { refused, type Refusal } from '../../lib/result'

export type ImportProblemCode =
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'truncated'
  | 'foreign'
  | 'too-new'
  | 'invalid-envelope'
  | 'unknown-table'
  | 'invalid-row'
  | 'duplicate-id'
  | 'forbidden-key'
  | 'too-deep'
  | 'too-long'
  | 'bad-reference'
  | 'unexpected'

export type ImportProblem = { code: ImportProblemCode; message: string; table?: string; row?: number; field?: string }

/** "Tabell «people», rad 3, felt «organisationId»": where in the file, as the user can find it. */
export function place(table: string, row?: number, field?: string): string {
  return `Tabell «${table}»${row === undefined ? '' : `, rad ${row}`}${field ? `, felt «${field}»` : ''}`
}

/** A long path (deep nesting) shown by its start and end, so the message stays readable. */
export function fieldLabel(path: readonly string[]): string {
  return path.length > 6 ? [...path.slice(0, 3), '…', ...path.slice(-2)].join('.') : path.join('.')
}

/** A problem about one spot in the file; the message is `place: what is wrong.` */
export function rowProblem(code: ImportProblemCode, table: string, row: number, field: string, what: string): ImportProblem {
  return { code, message: `${place(table, row, fieldLabel(field ? field.split('.') : []))}: ${what}.`, table, row, ...(field ? { field } : {}) }
}

/** A plan with problems refused before anything is written: the first problem is the message, all are listed. */
export function importRefusal(problems: readonly ImportProblem[]): Refusal<ImportProblem> {
  return refused(problems[0]?.message ?? 'Importen ble stoppet.', problems)
}
