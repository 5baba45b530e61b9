/** Many contracts at once: one merged PDF (each organisation's two copies in order) and/or one PDF each. */
import type { PDFImage } from 'pdf-lib'
import type { ContractModel } from '../../../shared/channels/contracts'
import { PdfDocument } from '../core/document'
import type { JobProgress } from '../worker/job-types'
import { addContract, batchCharacters, renderContract } from './render-contract'

export type ContractBatchInput = { contracts: ContractModel[]; merged: boolean; separate: boolean }
export type ContractBatchOutput = { merged: Uint8Array | null; separate: Uint8Array[]; pageCount: number }

export async function renderContractBatch(input: ContractBatchInput, progress: JobProgress): Promise<ContractBatchOutput> {
  const { contracts } = input
  const total = (input.merged ? contracts.length : 0) + (input.separate ? contracts.length : 0)
  let done = 0
  const step = (label: string) => progress(++done, total, label)
  let merged: Uint8Array | null = null
  let pageCount = 0
  if (input.merged) {
    const title = contracts.length === 1 ? `Klimakontrakt – ${contracts[0]?.organisation.name}` : 'Klimakontrakter'
    const doc = await PdfDocument.create({ title, author: 'Oslo kommune' })
    const images = new Map<string, PDFImage>()
    for (const model of contracts) {
      await addContract(doc, model, images)
      step(model.organisation.name)
    }
    pageCount = doc.pdf.getPageCount()
    merged = await doc.save()
  }
  const separate: Uint8Array[] = []
  if (input.separate) {
    // One set of font subsets for the whole batch: made for the first file, reused by the rest.
    const characters = batchCharacters(contracts)
    for (const model of contracts) {
      separate.push(await renderContract(model, { characters }))
      step(model.organisation.name)
    }
  }
  return { merged, separate, pageCount }
}
