/**
 * The layout of a sync folder. Everything lives under `nfk-sync/` in the folder the user chose:
 *
 *   nfk-sync/synkmappe.json                the folder's identity (cursors belong to one folder)
 *   nfk-sync/<installId>/maskin.json        that laptop's manifest: user, last file, what it has applied
 *   nfk-sync/<installId>/0000000001.nfksync  its changes, one immutable file per push
 *   nfk-sync/<installId>/snapshot-0000000042.nfksync  the whole state, as of its file 42
 *   nfk-sync/pensjonert/<installId>/        a retired laptop's files, ignored by everyone
 *
 * Each laptop writes only inside its own folder, so a sync client (OneDrive, Teams, SharePoint)
 * never has two writers of one file and never makes conflict copies.
 */
import { INSTALL_ID } from '../../shared/sync-message'

export const SYNC_DIR = 'nfk-sync'
export const RETIRED_DIR = 'pensjonert'
export const FOLDER_FILE = 'synkmappe.json'
export const MANIFEST_FILE = 'maskin.json'
export const MAX_SEQ = 9_999_999_999

const MESSAGE_FILE = /^(\d{10})\.nfksync$/
const SNAPSHOT_FILE = /^snapshot-(\d{10})\.nfksync$/

export type SyncFileKind = 'messages' | 'snapshot'
export type SyncFileName = { kind: SyncFileKind; seq: number }

const pad = (seq: number, min: number): string => {
  if (!Number.isSafeInteger(seq) || seq < min || seq > MAX_SEQ) throw new RangeError(`sekvensnummer utenfor gyldig område: ${seq}`)
  return String(seq).padStart(10, '0')
}

export const messageFileName = (seq: number): string => `${pad(seq, 1)}.nfksync`
/** A snapshot carries the number of its writer's last file; 0 when it has written none yet. */
export const snapshotFileName = (seq: number): string => `snapshot-${pad(seq, 0)}.nfksync`
export const fileNameOf = (kind: SyncFileKind, seq: number): string => (kind === 'messages' ? messageFileName(seq) : snapshotFileName(seq))

/** The kind and sequence number a file's name carries; null for anything else (temporary files, copies). */
export function parseSyncFileName(name: string): SyncFileName | null {
  const message = MESSAGE_FILE.exec(name)
  const snapshot = message ? null : SNAPSHOT_FILE.exec(name)
  const digits = message?.[1] ?? snapshot?.[1]
  if (digits === undefined) return null
  const seq = Number(digits)
  if (message) return seq >= 1 ? { kind: 'messages', seq } : null
  return { kind: 'snapshot', seq }
}

/** A laptop's folder name is its install id (a lowercase UUID); anything else in nfk-sync/ is not a laptop. */
export const isLaptopFolder = (name: string): boolean => INSTALL_ID.test(name)
