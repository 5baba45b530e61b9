import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileBusyError, realFs, writeFileAtomic, type AtomicFs } from '../../../../electron/main/files/atomic-write'

type Fault = 'write' | 'short-write' | 'sync' | 'close' | 'rename' | 'rename-busy-twice' | 'rename-busy-always'

/** The real file system with one step made to fail, the way a full disk or Windows would. */
function faultyFs(fault: Fault): AtomicFs {
  let busy = 0
  const fail = (code: string) => Object.assign(new Error(`injected ${code}`), { code })
  return {
    ...realFs,
    open: async (file, flags) => {
      const handle = await realFs.open(file, flags)
      return {
        write: async (data) => {
          if (fault === 'write') {
            await handle.write(data.subarray(0, Math.floor(data.length / 2)))
            throw fail('ENOSPC')
          }
          if (fault === 'short-write') return handle.write(data.subarray(0, 4096))
          return handle.write(data)
        },
        sync: async () => {
          if (fault === 'sync') throw fail('EIO')
          await handle.sync()
        },
        close: async () => {
          await handle.close()
          if (fault === 'close') throw fail('EIO')
        },
      }
    },
    rename: async (from, to) => {
      if (fault === 'rename') throw fail('EXDEV')
      if (fault === 'rename-busy-always' || (fault === 'rename-busy-twice' && busy++ < 2)) throw fail('EBUSY')
      await realFs.rename(from, to)
    },
  }
}

function folderWithOldFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'))
  const target = path.join(dir, 'eksport.json')
  writeFileSync(target, 'GAMMELT INNHOLD')
  return { dir, target }
}

const NEW = 'NYTT INNHOLD ' + 'æøå ČŊ 🌍 '.repeat(2000)

describe('writeFileAtomic with faults injected', () => {
  for (const fault of ['write', 'sync', 'close', 'rename', 'rename-busy-always'] as const) {
    it(`keeps the old file whole and leaves no temporary file when ${fault} fails`, async () => {
      const { dir, target } = folderWithOldFile()
      await expect(writeFileAtomic(target, NEW, { fs: faultyFs(fault), retryDelayMs: 1 })).rejects.toThrow()
      expect(readFileSync(target, 'utf8')).toBe('GAMMELT INNHOLD')
      expect(readdirSync(dir)).toEqual(['eksport.json'])
    })
  }

  it('says the file is busy after bounded retries when Windows holds it', async () => {
    const { target } = folderWithOldFile()
    const error = await writeFileAtomic(target, NEW, { fs: faultyFs('rename-busy-always'), retries: 3, retryDelayMs: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileBusyError)
  })

  it('writes the new content whole when the file is only briefly busy', async () => {
    const { dir, target } = folderWithOldFile()
    await writeFileAtomic(target, NEW, { fs: faultyFs('rename-busy-twice'), retryDelayMs: 1 })
    expect(readFileSync(target, 'utf8')).toBe(NEW)
    expect(readdirSync(dir)).toEqual(['eksport.json'])
  })

  it('never truncates on short writes: keeps writing until every byte is down', async () => {
    const { dir, target } = folderWithOldFile()
    await writeFileAtomic(target, NEW, { fs: faultyFs('short-write') })
    expect(readFileSync(target, 'utf8')).toBe(NEW)
    expect(readdirSync(dir)).toEqual(['eksport.json'])
  })

  it('creates a new file when none was there', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'))
    const target = path.join(dir, 'ny.json')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...readFileSync(target)]).toEqual([1, 2, 3])
  })
})
