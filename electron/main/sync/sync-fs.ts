/**
 * The file system the sync folder goes through: atomic writes plus listing, reading, moving and
 * removing. Injectable, so tests can make the folder vanish or a read fail at a chosen moment.
 */
import * as nodeFs from 'node:fs/promises'
import { realFs, type AtomicFs } from '../files/atomic-write'

export type DirEntry = { name: string; isDirectory: boolean }

export type SyncFs = AtomicFs & {
  readdir: (dir: string) => Promise<DirEntry[]>
  /** Resolves when the path exists (a folder or file); rejects with Node's error code otherwise. */
  stat: (target: string) => Promise<{ isDirectory: boolean; size: number; mtimeMs: number }>
  mkdir: (dir: string) => Promise<void>
}

export const realSyncFs: SyncFs = {
  ...realFs,
  readdir: async (dir) => (await nodeFs.readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })),
  stat: async (target) => {
    const s = await nodeFs.stat(target)
    return { isDirectory: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs }
  },
  mkdir: async (dir) => {
    await nodeFs.mkdir(dir, { recursive: true })
  },
}

/** Node's error code, if it is one. */
export const errorCode = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : null
}
