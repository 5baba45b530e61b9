/**
 * Climate contracts in main: render off the event loop (worker thread), then save through the
 * dialog, or into the output folder the user chose once, under names that never overwrite.
 */
import path from 'node:path'
import type { ContractFile } from '../../shared/channels/contracts'
import { err, ok } from '../../shared/result'
import { FileBusyError } from '../files/atomic-write'
import { safeFileName, uniquePath } from '../files/file-names'
import type { HandlerMap } from '../ipc/handle'
import { UnsupportedCharacterError, defaultWorkerFile, describeCodePoint, runPdfJob, savePdf } from '../pdf'
import type { HostContext } from './context'

type ContractHandlers = Pick<HandlerMap, 'renderContracts'>

const pdfName = (name: string) => safeFileName(name, { extension: 'pdf', fallback: 'Klimakontrakt' })

export function createContractHandlers(ctx: HostContext): ContractHandlers {
  const { services } = ctx
  return {
    renderContracts: async ({ contracts, separateFiles, mergedName, jobId }) => {
      const separate = separateFiles && contracts.length > 1
      let output
      try {
        output = await runPdfJob(
          'contracts',
          { contracts, merged: true, separate },
          {
            workerFile: services.pdfWorkerFile === undefined ? defaultWorkerFile() : services.pdfWorkerFile,
            onProgress: (done, total, label) => services.emit({ type: 'progress', jobId, done, total, label }),
            onFallback: (reason) => services.log(`PDF worker unavailable, rendering in main: ${reason}`),
          },
        )
      } catch (error) {
        if (error instanceof UnsupportedCharacterError) {
          return err('unsupported-character', `«${error.character}» (${describeCodePoint(error.codePoint)}) i «${error.text}»`)
        }
        throw error
      }
      if (!output.merged) return err('internal', 'ingen PDF ble laget')

      const first = contracts[0]
      const suggestedName = pdfName(contracts.length === 1 && first ? `Klimakontrakt ${first.organisation.name}` : mergedName)
      const { outputFolder } = await ctx.config.read()
      const taken = new Set<string>()
      const target = outputFolder
        ? await uniquePath(outputFolder, suggestedName, taken)
        : await services.dialogs.chooseSavePath({ suggestedName, kind: 'pdf', defaultFolder: services.documentsFolder })
      if (!target) return err('cancelled')
      taken.add(path.basename(target).toLowerCase())

      const written: ContractFile[] = []
      const write = async (file: string, bytes: Uint8Array) => {
        await savePdf(file, bytes)
        ctx.written.add(file)
        written.push({ path: file, name: path.basename(file) })
      }
      try {
        await write(target, output.merged)
        for (const [i, bytes] of output.separate.entries()) {
          const name = pdfName(`Klimakontrakt ${contracts[i]?.organisation.name ?? ''}`)
          await write(await uniquePath(path.dirname(target), name, taken), bytes)
        }
      } catch (error) {
        if (error instanceof FileBusyError) return err('file-busy', path.basename(error.target))
        services.log('renderContracts failed', error)
        return err('io-failed', (error as Error).message)
      }
      const [merged, ...rest] = written
      if (!merged) return err('internal')
      return ok({ merged, separate: rest, pageCount: output.pageCount })
    },
  }
}
