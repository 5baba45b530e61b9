import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileBusyError, realFs, writeFileAtomic, type AtomicFs } from '../../../../electron/main/files/atomic-write'

let folder = ''
let target = ''
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'nfk-atomic-'))
  target = path.join(folder, 'Klimakontrakt.pdf')
  writeFileSync(target, 'old')
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const errno = (code: string) => Object.assign(new Error(code), { code })

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]))
    expect(readFileSync(target, 'latin1')).toBe('%PDF')
    expect(readdirSync(folder)).toEqual(['Klimakontrakt.pdf'])
  })

  it('keeps the old file whole when writing fails half-way', async () => {
    const failing: AtomicFs = {
      ...realFs,
      open: async (file, flags) => {
        const handle = await realFs.open(file, flags)
        return { ...handle, sync: async () => Promise.reject(errno('EIO')) }
      },
    }
    await expect(writeFileAtomic(target, 'new', { fs: failing })).rejects.toThrow('EIO')
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['Klimakontrakt.pdf'])
  })

  it('says the file is busy when another program holds it, and keeps the old content', async () => {
    const held: AtomicFs = { ...realFs, rename: async () => Promise.reject(errno('EBUSY')) }
    const attempt = writeFileAtomic(target, 'new', { fs: held, retries: 2, retryDelayMs: 1 })
    await expect(attempt).rejects.toBeInstanceOf(FileBusyError)
    await expect(writeFileAtomic(target, 'new', { fs: held, retries: 0, retryDelayMs: 1 })).rejects.toThrow('Filen er i bruk av et annet program')
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['Klimakontrakt.pdf'])
  })

  it('retries when the other program lets go in time', async () => {
    let refusals = 1
    const briefly: AtomicFs = { ...realFs, rename: async (from, to) => (refusals-- > 0 ? Promise.reject(errno('EPERM')) : realFs.rename(from, to)) }
    await writeFileAtomic(target, 'new', { fs: briefly, retries: 3, retryDelayMs: 1 })
    expect(readFileSync(target, 'utf8')).toBe('new')
  })
})
