/**
 * Climate contracts in main: render off the event loop (worker thread), then save through the
 * dialog, or into the output folder the user chose once, under names that never overwrite.
 * The page may cancel the job (by its id): nothing is written then, or what was is removed.
 * The batch page sends its models ahead (`prepareContracts`) and its click names them by token.
 */
import path from 'node:path'
import type { ContractModel } from '../../shared/channels/contracts'
import { PreparedContracts } from '../pdf/contract/prepared'
import { err, ok, type Result } from '../../shared/result'
import type { ContractRenderResult } from '../../shared/channels/contracts'
import { uniquePath } from '../files/file-names'
import type { HandlerMap } from '../ipc/handle'
import type { HostContext } from './context'
import { choosePdfTarget, pdfFileName, renderPdfJob, writePdfs } from './pdf-output'

type ContractHandlers = Pick<HandlerMap, 'renderContracts' | 'prepareContracts'>
type Job = { contracts: ContractModel[]; separateFiles: boolean; mergedName: string; jobId: string }

const pdfName = (name: string) => pdfFileName(name, 'Klimakontrakt')

export function createContractHandlers(ctx: HostContext, prepared = new PreparedContracts()): ContractHandlers {
  return {
    prepareContracts: async ({ contracts }) => ok({ token: prepared.prepare(contracts) }),
    renderContracts: async (request) => {
      const contracts = 'prepared' in request ? prepared.models(request.prepared) : request.contracts
      // Replaced or expired: the page sends the models themselves.
      if (!contracts) return err('not-found', 'prepared')
      const job = ctx.jobs.start(request.jobId)
      try {
        return await renderAndSave(ctx, { ...request, contracts }, job.signal)
      } finally {
        job.done()
      }
    },
  }
}

async function renderAndSave(ctx: HostContext, { contracts, separateFiles, mergedName, jobId }: Job, signal: AbortSignal): Promise<Result<ContractRenderResult>> {
  const separate = separateFiles && contracts.length > 1
  const output = await renderPdfJob(ctx, 'contracts', { contracts, merged: true, separate }, jobId, signal)
  if (!output.ok) return output
  const { merged, separate: perOrganisation, pageCount } = output.data
  if (!merged) return err('internal', 'ingen PDF ble laget')

  const first = contracts[0]
  const taken = new Set<string>()
  const target = await choosePdfTarget(ctx, pdfName(contracts.length === 1 && first ? `Klimakontrakt ${first.organisation.name}` : mergedName), taken)
  if (!target) return err('cancelled')
  if (signal.aborted) return err('cancelled', 'job')
  taken.add(path.basename(target).toLowerCase())
  const files = [{ target, bytes: merged }]
  for (const [i, bytes] of perOrganisation.entries()) {
    const name = pdfName(`Klimakontrakt ${contracts[i]?.organisation.name ?? ''}`)
    files.push({ target: await uniquePath(path.dirname(target), name, taken), bytes })
  }
  const written = await writePdfs(ctx, files, 'renderContracts', signal)
  if (!written.ok) return written
  const [mergedFile, ...rest] = written.data
  return mergedFile ? ok({ merged: mergedFile, separate: rest, pageCount }) : err('internal')
}
