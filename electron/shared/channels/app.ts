import { z } from 'zod'
import { defineChannel } from './define'

export type AppInfo = { version: string; platform: string; isTestHost: boolean }
export type MainConfig = { outputFolder: string | null; backupFolder: string | null }
export type FolderKind = 'output' | 'backup'

export const folderKind = z.enum(['output', 'backup'])

/** Anything the app opens outside itself; main decides what is allowed. */
export const openExternalRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mailto'), url: z.string().max(32_000) }),
  z.object({ kind: z.literal('web'), url: z.string().max(2_000) }),
  z.object({ kind: z.literal('written-file'), path: z.string().max(4_000) }),
])
export type OpenExternalRequest = z.infer<typeof openExternalRequest>

export const appChannels = {
  appInfo: defineChannel<AppInfo>()(z.object({}).strict()),
  getMainConfig: defineChannel<MainConfig>()(z.object({}).strict()),
  chooseFolder: defineChannel<MainConfig>()(z.object({ kind: folderKind }).strict()),
  clearFolder: defineChannel<MainConfig>()(z.object({ kind: folderKind }).strict()),
  openExternal: defineChannel<{ opened: boolean }>()(openExternalRequest),
}
