/**
 * The path every PDF handler shares: render in the worker (progress as host events), refuse a
 * character the font lacks by name, then place the file — the output folder chosen once, under a
 * name that never overwrites, or the save dialog — write it atomically and remember it for "Åpne".
 */
import path from 'node:path'
import type { FileKind } from '../../shared/channels/files'
import { err, ok, type Result } from '../../shared/result'
import { fileFailure } from '../files/file-errors'
import { safeFileName, uniquePath } from '../files/file-names'
import { rm } from 'node:fs/promises'
import { PdfJobCancelledError, UnsupportedCharacterError, defaultWorkerFile, describeCodePoint, runPdfJob, savePdf } from '../pdf'
import type { PdfJobKind, PdfJobs } from '../pdf/worker/jobs'
import type { HostContext } from './context'

export type SavedPdf = { path: string; name: string }

// Ten a second reads as smooth; each one costs the page a render and the bridge a message while
// the worker renders (measured: 10–25 % of a core in the page at 20 a second).
const PROGRESS_EVERY_MS = 100

/** Runs a PDF job off main's event loop; a character the font cannot draw becomes a named refusal. */
export async function renderPdfJob<K extends PdfJobKind>(
  ctx: HostContext,
  kind: K,
  input: PdfJobs[K]['input'],
  jobId?: string,
  signal?: AbortSignal,
): Promise<Result<PdfJobs[K]['output']>> {
  const { services } = ctx
  let last = 0
  // At most one event per frame or so, and always the last: each one re-renders the page's bar.
  const onProgress = (done: number, total: number, label: string) => {
    const now = Date.now()
    if (!jobId || (done < total && done > 1 && now - last < PROGRESS_EVERY_MS)) return
    last = now
    services.emit({ type: 'progress', jobId, done, total, label })
  }
  try {
    return ok(
      await runPdfJob(kind, input, {
        workerFile: services.pdfWorkerFile === undefined ? defaultWorkerFile() : services.pdfWorkerFile,
        onProgress,
        onFallback: (reason) => services.log(`PDF worker unavailable, rendering in main: ${reason}`),
        signal,
      }),
    )
  } catch (error) {
    if (error instanceof PdfJobCancelledError) return err('cancelled', 'job')
    return refusal(error)
  }
}

/** Maps a missing glyph to its Norwegian refusal; anything else is rethrown (dispatch logs it). */
export function refusal(error: unknown): Result<never> {
  if (error instanceof UnsupportedCharacterError) {
    return err('unsupported-character', `«${error.character}» (${describeCodePoint(error.codePoint)}) i «${error.text}»`)
  }
  throw error
}

export const pdfFileName = (name: string, fallback: string): string => safeFileName(name, { extension: 'pdf', fallback })

/** Where a new document goes: a free name in the output folder, or wherever the user says in the dialog. */
export async function chooseOutputTarget(ctx: HostContext, suggestedName: string, kind: FileKind, taken?: Set<string>): Promise<string | null> {
  const { outputFolder } = await ctx.config.read()
  if (outputFolder) return uniquePath(outputFolder, suggestedName, taken)
  return ctx.services.dialogs.chooseSavePath({ suggestedName, kind, defaultFolder: ctx.services.documentsFolder })
}

export const choosePdfTarget = (ctx: HostContext, suggestedName: string, taken?: Set<string>): Promise<string | null> =>
  chooseOutputTarget(ctx, suggestedName, 'pdf', taken)

/** Writes the files atomically, in order, and remembers each for "Åpne"; one busy file stops the rest. */
export async function writePdfs(ctx: HostContext, files: { target: string; bytes: Uint8Array }[], what: string, signal?: AbortSignal): Promise<Result<SavedPdf[]>> {
  const saved: SavedPdf[] = []
  try {
    for (const { target, bytes } of files) {
      // Cancelled midway: the files already written go too, so no part of the job is left behind.
      if (signal?.aborted) {
        await Promise.all(saved.map((file) => rm(file.path, { force: true })))
        return err('cancelled', 'job')
      }
      await savePdf(target, bytes, ctx.services.fileSystem ? { fs: ctx.services.fileSystem } : {})
      ctx.written.add(target)
      saved.push({ path: target, name: path.basename(target) })
    }
  } catch (error) {
    ctx.services.log(`${what} failed`, error)
    // Each file was written under a temporary name first; the page hears the file's own name only.
    return fileFailure(error, files[saved.length]?.target)
  }
  return ok(saved)
}

/** One PDF, named, placed and written: the common case. */
export async function saveOnePdf(ctx: HostContext, suggestedName: string, bytes: Uint8Array, what: string): Promise<Result<SavedPdf>> {
  const target = await choosePdfTarget(ctx, suggestedName)
  if (!target) return err('cancelled')
  const written = await writePdfs(ctx, [{ target, bytes }], what)
  if (!written.ok) return written
  const [file] = written.data
  return file ? ok(file) : err('internal')
}
