import { z } from 'zod'
import { defineChannel } from './define'

/** File kinds the app saves or opens; main maps each to dialog filters. */
export const fileKind = z.enum(['csv', 'xlsx', 'json', 'pdf', 'image', 'ics'])
export type FileKind = z.infer<typeof fileKind>

export const MAX_FILE_BYTES = 512 * 1024 * 1024

export type SavedFile = { path: string; name: string }
export type OpenedFile = { name: string; bytes: Uint8Array; size: number }

export const filesChannels = {
  /** The renderer made the bytes; main asks where to save and writes atomically. */
  saveFile: defineChannel<SavedFile>()(
    z
      .object({
        suggestedName: z.string().min(1).max(255),
        kind: fileKind,
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'for stor'),
      })
      .strict(),
  ),
  /** Main asks which file to open and returns its bytes. */
  openFile: defineChannel<OpenedFile>()(z.object({ kinds: z.array(fileKind).min(1) }).strict()),
}
