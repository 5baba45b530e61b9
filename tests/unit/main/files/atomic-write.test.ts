import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { open as openHandle } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileBusyError, ReadBackError, realFs, SHORT_WRITE, writeFileAtomic, type AtomicFs } from '../../../../electron/main/files/atomic-write'

type Fault = 'write' | 'short-write' | 'zero-write' | 'sync' | 'close' | 'read-back' | 'rename' | 'rename-busy-twice' | 'rename-busy-always'

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
          if (fault === 'zero-write') return { bytesWritten: 0 }
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
    readFile: async (file) => {
      const bytes = await realFs.readFile(file)
      // A share that hands back a stale or cut-off copy.
      return fault === 'read-back' ? bytes.subarray(0, bytes.length - 1) : bytes
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

/** The files this process has open (Linux). */
const openFiles = () =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)]
    } catch {
      return []
    }
  })

const NEW = 'NYTT INNHOLD ' + 'æøå ČŊ 🌍 '.repeat(2000)

describe('writeFileAtomic with faults injected', () => {
  for (const fault of ['write', 'zero-write', 'sync', 'close', 'read-back', 'rename', 'rename-busy-always'] as const) {
    it(`keeps the old file whole and leaves no temporary file when ${fault} fails`, async () => {
      const { dir, target } = folderWithOldFile()
      await expect(writeFileAtomic(target, NEW, { fs: faultyFs(fault), retryDelayMs: 1, verify: true })).rejects.toThrow()
      expect(readFileSync(target, 'utf8')).toBe('GAMMELT INNHOLD')
      expect(readdirSync(dir)).toEqual(['eksport.json'])
    })
  }

  it('says the file is busy after bounded retries when Windows holds it', async () => {
    const { target } = folderWithOldFile()
    let renames = 0
    const fs = faultyFs('rename-busy-always')
    const counting: AtomicFs = { ...fs, rename: (from, to) => (renames++, fs.rename(from, to)) }
    const error = await writeFileAtomic(target, NEW, { fs: counting, retries: 3, retryDelayMs: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileBusyError)
    expect(renames).toBe(4)
    expect((error as FileBusyError).target).toBe(target)
  })

  it('gives up on a busy file after five retries by default, waiting a little longer each time', async () => {
    const { target } = folderWithOldFile()
    const waits: number[] = []
    const realSetTimeout = globalThis.setTimeout
    // Record the waits instead of sleeping them; the retry itself is what is under test.
    globalThis.setTimeout = ((fn: () => void, ms: number) => (waits.push(ms), realSetTimeout(fn, 0))) as typeof setTimeout
    try {
      await expect(writeFileAtomic(target, NEW, { fs: faultyFs('rename-busy-always') })).rejects.toBeInstanceOf(FileBusyError)
    } finally {
      globalThis.setTimeout = realSetTimeout
    }
    expect(waits).toEqual([100, 200, 300, 400, 500])
  })

  it('says a stopped write stopped, with a code the page can put in words', async () => {
    const { target } = folderWithOldFile()
    await expect(writeFileAtomic(target, NEW, { fs: faultyFs('zero-write') })).rejects.toMatchObject({ code: SHORT_WRITE })
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

describe('writeFileAtomic with read-back', () => {
  it('reads the temporary file back before the target is touched', async () => {
    const { dir, target } = folderWithOldFile()
    const seen: { file: string; target: string }[] = []
    const fs: AtomicFs = { ...realFs, readFile: async (file) => (seen.push({ file, target: readFileSync(target, 'utf8') }), realFs.readFile(file)) }
    await writeFileAtomic(target, NEW, { fs, verify: true })
    expect(seen).toHaveLength(1)
    expect(path.dirname(seen[0]!.file)).toBe(dir)
    expect(seen[0]!.file).not.toBe(target)
    expect(seen[0]!.target).toBe('GAMMELT INNHOLD')
    expect(readFileSync(target, 'utf8')).toBe(NEW)
  })

  it('refuses bytes that differ on read-back, keeping the old file byte-identical', async () => {
    const { dir, target } = folderWithOldFile()
    const error = await writeFileAtomic(target, NEW, { fs: faultyFs('read-back'), verify: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReadBackError)
    expect((error as Error).message).toBe('filen som ble lest tilbake, er ikke lik den som ble skrevet')
    expect(readFileSync(target, 'utf8')).toBe('GAMMELT INNHOLD')
    expect(readdirSync(dir)).toEqual(['eksport.json'])
  })

  it('does not read back when not asked to', async () => {
    const { target } = folderWithOldFile()
    const reads: string[] = []
    await writeFileAtomic(target, 'x', { fs: { ...realFs, readFile: (f) => (reads.push(f), realFs.readFile(f)) } })
    expect(reads).toEqual([])
  })

  it('writes the temporary file beside the target, hidden, and never reuses an existing one', async () => {
    const { dir, target } = folderWithOldFile()
    const opened: [string, string][] = []
    await writeFileAtomic(target, 'x', { fs: { ...realFs, open: (f, flags) => (opened.push([f, flags]), realFs.open(f, flags)) } })
    expect(opened).toHaveLength(1)
    const [file, flags] = opened[0]!
    expect(path.dirname(file)).toBe(dir)
    expect(path.basename(file)).toMatch(/^\.eksport\.json\.[0-9a-f]{12}\.tmp$/)
    expect(flags).toBe('wx')
  })
})

describe('writeFileAtomic, step by step', () => {
  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    it(`retries a rename refused with ${code} (Windows: another program holds the file), then says the file is busy`, async () => {
      const { target } = folderWithOldFile()
      const refusal = Object.assign(new Error(`${code}: operation not permitted, rename`), { code })
      let renames = 0
      const fs: AtomicFs = { ...realFs, rename: async () => (renames++, Promise.reject(refusal)) }
      const error = await writeFileAtomic(target, 'x', { fs, retries: 2, retryDelayMs: 1 }).catch((e: unknown) => e)
      expect(renames).toBe(3)
      expect(error).toBeInstanceOf(FileBusyError)
      expect(error).toMatchObject({ name: 'FileBusyError', cause: refusal })
    })
  }

  it('throws any other rename error at once, as it is, without retrying', async () => {
    const { target } = folderWithOldFile()
    for (const refusal of [Object.assign(new Error('cross-device link'), { code: 'EXDEV' }), new Error('no code at all')]) {
      let renames = 0
      const fs: AtomicFs = { ...realFs, rename: async () => (renames++, Promise.reject(refusal)) }
      await expect(writeFileAtomic(target, 'x', { fs, retryDelayMs: 1 })).rejects.toBe(refusal)
      expect(renames).toBe(1)
    }
  })

  it('flushes the temporary file before it is renamed over the target', async () => {
    const { target } = folderWithOldFile()
    const probe = await openHandle(target, 'r')
    const prototype = Object.getPrototypeOf(probe) as { sync: () => Promise<void> }
    await probe.close()
    const steps: string[] = []
    // Node's own FileHandle, watched: a flush cannot be observed any other way short of a power cut.
    const realSync = prototype.sync
    prototype.sync = async function (this: typeof prototype) {
      steps.push('sync')
      return realSync.call(this)
    }
    try {
      await writeFileAtomic(target, NEW, { fs: { ...realFs, rename: async (from, to) => (steps.push('rename'), realFs.rename(from, to)) } })
    } finally {
      prototype.sync = realSync
    }
    expect(steps).toEqual(['sync', 'rename'])
    expect(readFileSync(target, 'utf8')).toBe(NEW)
  })

  it('leaves no file open behind it (Windows would refuse to rename or delete it)', async () => {
    const { dir, target } = folderWithOldFile()
    await writeFileAtomic(target, NEW, { verify: true })
    await writeFileAtomic(target, NEW, { fs: faultyFs('read-back'), verify: true }).catch(() => {})
    expect(openFiles().filter((file) => file.startsWith(dir))).toEqual([])
  })

  it('names a write that stopped, and how far it got', async () => {
    const { target } = folderWithOldFile()
    await expect(writeFileAtomic(target, 'abc', { fs: faultyFs('zero-write') })).rejects.toThrow('short write: 0 of 3 bytes')
  })

  it('names its errors, so logs say what happened', () => {
    expect(new FileBusyError('/x/y.pdf', null).name).toBe('FileBusyError')
    expect(new ReadBackError('ulik').name).toBe('ReadBackError')
  })
})
