/**
 * Atomic file writing: a temporary file in the same folder, flushed, then renamed over the target,
 * so the target is always the old or the new content, never a torn one. With `verify`, the
 * temporary file is read back and compared before it takes the target's place, so a write the disk
 * garbled leaves the previous file byte-identical. The file system is injectable so tests can fail
 * each step.
 */
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export type AtomicFs = {
  open: (file: string, flags: string) => Promise<{
    /** May write fewer bytes than asked, like `FileHandle.write`. */
    write: (data: Uint8Array) => Promise<{ bytesWritten: number }>
    sync: () => Promise<void>
    close: () => Promise<void>
  }>
  readFile: (file: string) => Promise<Uint8Array>
  rename: (from: string, to: string) => Promise<void>
  rm: (file: string, options: { force: boolean }) => Promise<void>
}

export const realFs: AtomicFs = {
  open: async (file, flags) => {
    const handle = await nodeFs.open(file, flags)
    return {
      write: (data) => handle.write(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  readFile: async (file) => new Uint8Array(await nodeFs.readFile(file)),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (file, options) => nodeFs.rm(file, options),
}

/** The code of a write that stopped before every byte was down (a full disk or a lost share). */
export const SHORT_WRITE = 'ESHORTWRITE'

/** Error codes that mean another program (often Excel or a PDF viewer on Windows) holds the file. */
const BUSY_CODES = new Set(['EBUSY', 'EPERM', 'EACCES'])

export class FileBusyError extends Error {
  constructor(readonly target: string, cause: unknown) {
    super(`Filen er i bruk av et annet program: ${path.basename(target)}`, { cause })
    this.name = 'FileBusyError'
  }
}

/** The bytes read back were not the bytes written. */
export class ReadBackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReadBackError'
  }
}

export type AtomicWriteOptions = {
  fs?: AtomicFs
  /** How often to retry a rename that Windows refuses because the file is held. */
  retries?: number
  retryDelayMs?: number
  /** Read the temporary file back before the rename; only bytes equal to those written take the target's name. */
  verify?: boolean
}

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFs
  const retries = options.retries ?? 5
  const delay = options.retryDelayMs ?? 100
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      // A write may be short (network shares, full disks): keep going until every byte is down.
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes.subarray(offset))
        if (bytesWritten <= 0) throw Object.assign(new Error(`short write: ${offset} of ${bytes.length} bytes`), { code: SHORT_WRITE })
        offset += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.verify && !sameBytes(await fs.readFile(temp), bytes)) {
      throw new ReadBackError('filen som ble lest tilbake, er ikke lik den som ble skrevet')
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, target)
        return
      } catch (error) {
        if (!BUSY_CODES.has(String((error as NodeJS.ErrnoException).code))) throw error
        if (attempt >= retries) throw new FileBusyError(target, error)
        await new Promise((resolve) => setTimeout(resolve, delay * (attempt + 1)))
      }
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {})
    throw error
  }
}
