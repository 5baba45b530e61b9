/**
 * Climate contracts: the document model the renderer sends (and stores as the contract's snapshot)
 * and the channels that render it to PDF in main and save it.
 */
import { z } from 'zod'
import { defineChannel } from './define'

const line = (max = 500) => z.string().max(max)

export const contractBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: line() }).strict(),
  z.object({ kind: z.literal('paragraph'), text: line(10_000) }).strict(),
  z.object({ kind: z.literal('bullets'), items: z.array(line(5_000)).min(1).max(100) }).strict(),
])
export type ContractBlock = z.infer<typeof contractBlock>

export const contractParty = z.object({ name: line(), title: line() }).strict()

export const contractLogo = z
  .object({
    mimeType: z.enum(['image/png', 'image/jpeg']),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 5 * 1024 * 1024, 'logoen er større enn 5 MB'),
  })
  .strict()

/** Everything one contract prints: an old contract re-prints from this alone. */
export const contractModel = z
  .object({
    title: line(200),
    organisation: z
      .object({ name: line(), orgNumber: line(20), addressLines: z.array(line()).max(4) })
      .strict(),
    commissioner: contractParty,
    signatory: contractParty,
    place: line(100),
    /** The signing date in words, e.g. "3. juni 2027". */
    dateInWords: line(100),
    body: z.array(contractBlock).max(500),
    logo: contractLogo.nullable(),
    templateVersion: z.number().int().min(1),
  })
  .strict()
export type ContractModel = z.infer<typeof contractModel>

export type ContractFile = { path: string; name: string }
export type ContractRenderResult = {
  /** The merged file (every contract, two copies each), or the single contract's file. */
  merged: ContractFile
  /** One file per organisation, when asked for. */
  separate: ContractFile[]
  pageCount: number
}

/** What main hands back for models sent ahead: the click names them by this alone. */
export const preparedToken = z.string().regex(/^[0-9a-f-]{36}$/, 'ukjent forberedelse')

/** How the merged file is named and split, and the job's id (for progress and "Avbryt"). */
const renderOptions = {
  /** Also write one file per organisation into the chosen folder. */
  separateFiles: z.boolean(),
  /** Base of the suggested file name for the merged file, e.g. "Klimakontrakter signeringslunsj 3. juni". */
  mergedName: line(200),
  jobId: line(100),
}

export const contractsChannels = {
  /**
   * The batch page sends the models it built ahead, while the person chooses, so the click does not
   * carry (and main does not check) 130 models. Main keeps one preparation, the latest: each new one
   * replaces it, and it expires (electron/main/pdf/contract/prepared.ts). The page uses a token only
   * while the data its models were built from is unchanged; otherwise it builds and sends them again.
   */
  prepareContracts: defineChannel<{ token: string }>()(z.object({ contracts: z.array(contractModel).min(1).max(500) }).strict()),
  /**
   * Renders contracts in main (off its event loop) and saves them through a dialog or the output folder:
   * the models themselves, or the token of models prepared ahead (answered with "not-found" when main
   * no longer holds them: then the page sends the models).
   */
  renderContracts: defineChannel<ContractRenderResult>()(
    z.union([
      z.object({ contracts: z.array(contractModel).min(1).max(500), ...renderOptions }).strict(),
      z.object({ prepared: preparedToken, ...renderOptions }).strict(),
    ]),
  ),
}
