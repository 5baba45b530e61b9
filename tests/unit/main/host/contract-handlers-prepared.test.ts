/**
 * Contract models sent ahead of the click (`prepareContracts`) and named by token at the click
 * (`renderContracts`), through the same dispatch Electron's main and the e2e host use: only the
 * app window may send them, only in the models' shape, and a token names only the latest
 * preparation, until it expires.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHostContext } from '../../../../electron/main/host/context'
import { createContractHandlers } from '../../../../electron/main/host/contract-handlers'
import { createHandlers } from '../../../../electron/main/host/handlers'
import { createDispatch, type Dispatch } from '../../../../electron/main/ipc/handle'
import { PREPARED_CONTRACTS_TTL_MS, PreparedContracts } from '../../../../electron/main/pdf/contract/prepared'
import type { ContractRenderResult } from '../../../../electron/shared/channels/contracts'
import type { Result } from '../../../../electron/shared/result'
import { sampleContract } from '../pdf/contract-fixtures'
import { extractText } from '../pdf/read-pdf'
import { fakeServices } from './fake-services'

const APP = 'app://nfk-sekretariat'
const fromApp = { url: `${APP}/index.html#/klimakontrakter`, fromAppWindow: true }
const ole = sampleContract({ organisation: { name: 'Ole Hansen AS', orgNumber: '', addressLines: [] } })
const kari = sampleContract({ organisation: { name: 'Kari Berg ASA', orgNumber: '', addressLines: [] } })
const click = (prepared: string) => ({ prepared, separateFiles: false, mergedName: 'Klimakontrakter', jobId: 'j' })

let root = ''
let dispatch: Dispatch
const handlersWith = (prepared: PreparedContracts) => {
  const { services, root: folder } = fakeServices()
  root = folder
  const ctx = createHostContext(services)
  return createDispatch({ ...createHandlers(ctx), ...createContractHandlers(ctx, prepared) }, [APP])
}
const prepare = async (contracts: unknown[]) => {
  const answer = await dispatch('prepareContracts', fromApp, { contracts })
  if (!answer.ok) throw new Error(answer.error)
  return (answer.data as { token: string }).token
}
const pdfs = () => readdirSync(root).filter((f) => f.endsWith('.pdf'))
const printedNames = async (result: Result<unknown>) => {
  if (!result.ok) throw new Error(`${result.error} ${result.detail ?? ''}`)
  return (await extractText(new Uint8Array(readFileSync((result.data as ContractRenderResult).merged.path)))).all
}

beforeEach(() => {
  dispatch = handlersWith(new PreparedContracts())
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(root, { recursive: true, force: true })
})

describe('contract models prepared ahead of the click', () => {
  it('are refused from a foreign origin or a frame, before anything is held', async () => {
    for (const sender of [{ url: 'https://evil.example/', fromAppWindow: true }, { url: fromApp.url, fromAppWindow: false }]) {
      expect(await dispatch('prepareContracts', sender, { contracts: [ole] })).toEqual({ ok: false, error: 'forbidden-sender' })
    }
    const token = await prepare([ole])
    expect(await dispatch('renderContracts', { url: 'https://evil.example/', fromAppWindow: true }, click(token))).toEqual({ ok: false, error: 'forbidden-sender' })
    expect(pdfs()).toEqual([])
  })

  it('are refused in any other shape, naming the field', async () => {
    expect(await dispatch('prepareContracts', fromApp, { contracts: [] })).toMatchObject({ ok: false, error: 'invalid-request', detail: expect.stringMatching(/^contracts: /) })
    expect(await dispatch('prepareContracts', fromApp, { contracts: [{ ...ole, title: 7 }] })).toMatchObject({ ok: false, error: 'invalid-request', detail: expect.stringMatching(/^contracts\.0\.title: /) })
    expect(await dispatch('prepareContracts', fromApp, { contracts: [ole], separateFiles: true })).toMatchObject({ ok: false, error: 'invalid-request' })
    const token = await prepare([ole])
    // A click names its models either way, never both; a token is main's, in main's form.
    expect(await dispatch('renderContracts', fromApp, { ...click(token), contracts: [kari] })).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(await dispatch('renderContracts', fromApp, click('../../etc/passwd'))).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(await dispatch('renderContracts', fromApp, { separateFiles: false, mergedName: 'x', jobId: 'j' })).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(pdfs()).toEqual([])
  })

  it('are what the token renders, as often as the page clicks', async () => {
    const token = await prepare([ole, kari])
    for (let i = 0; i < 2; i++) {
      const text = await printedNames(await dispatch('renderContracts', fromApp, click(token)))
      expect(text).toContain('Eksemplar 2 av 2 – Ole Hansen AS')
      expect(text).toContain('Eksemplar 2 av 2 – Kari Berg ASA')
    }
    // (the stand-in dialog answers the same path each time)
    expect(pdfs()).toEqual(['Klimakontrakter.pdf'])
  })

  it('are replaced by the next preparation: the earlier token renders nothing, and the page is told to send the models', async () => {
    const first = await prepare([ole])
    const second = await prepare([kari])
    expect(await dispatch('renderContracts', fromApp, click(first))).toEqual({ ok: false, error: 'not-found', detail: 'prepared' })
    expect(pdfs()).toEqual([])
    const text = await printedNames(await dispatch('renderContracts', fromApp, click(second)))
    expect(text).toContain('Kari Berg ASA')
    expect(text).not.toContain('Ole Hansen AS')
  })

  it('expire, and a token never made names nothing', async () => {
    vi.useFakeTimers()
    dispatch = handlersWith(new PreparedContracts())
    const token = await prepare([ole])
    vi.advanceTimersByTime(PREPARED_CONTRACTS_TTL_MS)
    expect(await dispatch('renderContracts', fromApp, click(token))).toEqual({ ok: false, error: 'not-found', detail: 'prepared' })
    expect(await dispatch('renderContracts', fromApp, click('3f0c6a52-8a55-4f7e-9d51-0b6f1f2f0e11'))).toEqual({ ok: false, error: 'not-found', detail: 'prepared' })
    expect(pdfs()).toEqual([])
  })

  it('are held until they expire, not shorter', async () => {
    vi.useFakeTimers()
    const prepared = new PreparedContracts(1000)
    const token = prepared.prepare([ole])
    vi.advanceTimersByTime(999)
    expect(prepared.models(token)).toEqual([ole])
    vi.advanceTimersByTime(1)
    expect(prepared.models(token)).toBeNull()
  })
})
