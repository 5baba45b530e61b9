import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHostContext, type HostContext } from '../../../../electron/main/host/context'
import { createContractHandlers } from '../../../../electron/main/host/contract-handlers'
import type { HostServices, SaveDialogRequest } from '../../../../electron/main/host/services'
import type { HostEvent } from '../../../../electron/shared/ipc-contract'
import { sampleContract } from '../pdf/contract-fixtures'
import { extractText } from '../pdf/read-pdf'

let root = ''
let saveAnswer: string | null = null
let saveRequests: SaveDialogRequest[] = []
let events: HostEvent[] = []
let ctx: HostContext

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'nfk-contracts-'))
  saveRequests = []
  events = []
  saveAnswer = null
  const services: HostServices = {
    appVersion: '0',
    platform: process.platform,
    isTestHost: true,
    dataFolder: path.join(root, 'data'),
    documentsFolder: path.join(root, 'docs'),
    dialogs: {
      chooseSavePath: async (request) => {
        saveRequests.push(request)
        return saveAnswer
      },
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      confirm: async () => false,
    },
    shell: { openPath: async () => '', openExternal: async () => {} },
    pdfWorkerFile: null,
    emit: (event) => events.push(event),
    log: () => {},
  }
  for (const dir of [services.dataFolder, services.documentsFolder]) mkdirSync(dir, { recursive: true })
  ctx = createHostContext(services)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const other = sampleContract({ organisation: { name: 'Ølberg A/S: "Test".', orgNumber: '', addressLines: [] } })

describe('renderContracts', () => {
  it('asks where to save one contract, suggesting a name from the organisation, and writes it', async () => {
    saveAnswer = path.join(root, 'docs', 'valgt.pdf')
    const result = await createContractHandlers(ctx).renderContracts({ contracts: [sampleContract()], separateFiles: false, mergedName: 'x', jobId: 'j1' })
    expect(saveRequests[0]?.suggestedName).toBe('Klimakontrakt Čáhppes Đuoddar ŋŧž AS.pdf')
    expect(result).toMatchObject({ ok: true, data: { merged: { path: saveAnswer, name: 'valgt.pdf' }, separate: [] } })
    const text = await extractText(new Uint8Array(readFileSync(saveAnswer)))
    expect(text.all).toContain('Eksemplar 2 av 2 – Čáhppes Đuoddar ŋŧž AS')
    expect(ctx.written.has(saveAnswer)).toBe(true)
    expect(events.at(-1)).toMatchObject({ type: 'progress', jobId: 'j1', done: 1, total: 1 })
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const result = await createContractHandlers(ctx).renderContracts({ contracts: [sampleContract()], separateFiles: false, mergedName: 'x', jobId: 'j' })
    expect(result).toEqual({ ok: false, error: 'cancelled' })
  })

  it('writes into the chosen output folder without a dialog, one file per organisation, never overwriting', async () => {
    const folder = path.join(root, 'Kontrakter')
    mkdirSync(folder)
    writeFileSync(path.join(folder, 'Signeringslunsj 3. juni.pdf'), 'old')
    await ctx.config.update({ outputFolder: folder })
    const result = await createContractHandlers(ctx).renderContracts({
      contracts: [sampleContract(), other, other],
      separateFiles: true,
      mergedName: 'Signeringslunsj 3. juni',
      jobId: 'j',
    })
    expect(saveRequests).toHaveLength(0)
    if (!result.ok) throw new Error(result.error)
    expect(result.data.merged.name).toBe('Signeringslunsj 3. juni (2).pdf')
    expect(result.data.separate.map((f) => f.name)).toEqual([
      'Klimakontrakt Čáhppes Đuoddar ŋŧž AS.pdf',
      'Klimakontrakt Ølberg A-S Test.pdf',
      'Klimakontrakt Ølberg A-S Test (2).pdf',
    ])
    expect(readFileSync(path.join(folder, 'Signeringslunsj 3. juni.pdf'), 'utf8')).toBe('old')
    const merged = await extractText(new Uint8Array(readFileSync(result.data.merged.path)))
    expect(merged.pages.filter((p) => p.includes('Eksemplar 1 av 2 – Oslo kommune') && p.includes('Side 1 av'))).toHaveLength(3)
    expect(result.data.pageCount).toBe(merged.pages.length)
    for (const file of result.data.separate) expect(existsSync(file.path) && ctx.written.has(file.path)).toBe(true)
  })

  it('refuses a character the font lacks, naming it, before asking where to save', async () => {
    const bad = sampleContract({ signatory: { name: 'Li 漢', title: 'daglig leder' } })
    const result = await createContractHandlers(ctx).renderContracts({ contracts: [bad], separateFiles: false, mergedName: 'x', jobId: 'j' })
    expect(result).toEqual({ ok: false, error: 'unsupported-character', detail: '«漢» (U+6F22) i «Li 漢»' })
    expect(saveRequests).toHaveLength(0)
  })
})
