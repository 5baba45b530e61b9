/** Results, not exceptions, cross the process boundary. */
export const errorCodes = [
  'invalid-request',
  'forbidden-sender',
  'cancelled',
  'not-found',
  'file-busy',
  'io-failed',
  'invalid-data',
  'unsupported-character',
  'refused',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export type Ok<T> = { ok: true; data: T }
export type Err = { ok: false; error: ErrorCode; detail?: string }
export type Result<T> = Ok<T> | Err

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data })
export const err = (error: ErrorCode, detail?: string): Err =>
  detail === undefined ? { ok: false, error } : { ok: false, error, detail }
