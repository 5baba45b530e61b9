/** Records of copies: this laptop, the exports it has seen, and the erasure ledger. */
import type { Iso } from '../record'

/** This laptop: never exported over another laptop's. */
export type DeviceInfo = { id: 'this'; installId: string; userName: string; createdAt: Iso }

/** An export this data has passed through; merges find the last export two copies shared. */
export type SyncPoint = { id: string; at: Iso; installId: string }

/**
 * One line of the erasure ledger: a person erased for good, or an organisation whose trash was
 * emptied. Ids and dates only, never content: it travels in every export and backup, and every
 * import applies it, so no older file brings the erased back.
 */
export type ErasureRecord = { id: string; table: 'people' | 'organisations'; erasedAt: Iso }
