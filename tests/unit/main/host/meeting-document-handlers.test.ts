/** Name badges and the kitchen list through the real dispatch: saved where the user says, nothing kept or logged. */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { createHostContext } from '../../../../electron/main/host/context'
import { createHandlers } from '../../../../electron/main/host/handlers'
import { createDispatch } from '../../../../electron/main/ipc/handle'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/shared/app-origin'
import type { ChannelName, HostEvent, ResponseOf, Result } from '../../../../electron/shared/ipc-contract'
import { extractText } from '../pdf/read-pdf'
import { fakeServices } from './fake-services'

const fromApp = { url: APP_ENTRY_URL, fromAppWindow: true }

function setup(options: { save?: string | null; fileSystem?: AtomicFs } = {}) {
  const logged: unknown[] = []
  const events: HostEvent[] = []
  const { services, root } = fakeServices(options.save === undefined ? {} : { chooseSavePath: async () => options.save ?? null })
  const ctx = createHostContext({
    ...services,
    pdfWorkerFile: null,
    emit: (e) => events.push(e),
    log: (message, error) => logged.push(message, error),
    ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}),
  })
  // Everything the dispatch or a handler logs, and every event sent to the page.
  const dispatch = createDispatch(createHandlers(ctx), [APP_ORIGIN], (message, error) => logged.push(message, error))
  const call = <C extends ChannelName>(name: C, payload: unknown) => dispatch(name, fromApp, payload) as Promise<Result<ResponseOf<C>>>
  return { call, root, ctx, logged, events }
}

const badges = {
  input: {
    eventLine: 'Nettverksmøte 12.03.2027',
    badges: [
      { name: 'Máret Ŋuorra', title: 'Daglig leder', organisation: 'Čáhcegáttis AS' },
      { name: 'Małgorzata Wąsowska', title: 'Klimasjef', organisation: 'Łódź Logistikk AS' },
    ],
  },
  fileName: 'Navneskilt nettverksmøte 12.03.2027',
  jobId: 'job-badges',
}

const kitchen = {
  model: {
    title: 'Signeringslunsj 10.06.2027',
    subtitle: 'Kl. 11.30–13.00, Oslo rådhus',
    guests: [
      { name: 'Máret Ŋuorra', organisation: 'Čáhcegáttis AS', table: 'Bord 1', needs: ['Cøliaki'], note: '' },
      { name: 'Małgorzata Wąsowska', organisation: 'Łódź Logistikk AS', table: 'Bord 2', needs: ['Nøtteallergi'], note: 'Anafylaksi' },
    ],
  },
  fileName: 'Kjøkkenliste Signeringslunsj 10.06.2027',
}

describe('renderNameBadges', () => {
  it('renders the badges, saves them through the dialog and reports progress per badge', async () => {
    const { call, root, events, ctx } = setup()
    const result = await call('renderNameBadges', badges)
    expect(result).toEqual({ ok: true, data: { path: path.join(root, 'Navneskilt nettverksmøte 12.03.2027.pdf'), name: 'Navneskilt nettverksmøte 12.03.2027.pdf', pageCount: 1 } })
    const text = (await extractText(new Uint8Array(readFileSync(path.join(root, 'Navneskilt nettverksmøte 12.03.2027.pdf'))))).all
    expect(text).toContain('Máret Ŋuorra')
    expect(text).toContain('Łódź Logistikk AS')
    expect(events.flatMap((e) => (e.type === 'progress' && e.jobId === 'job-badges' ? [e.done] : []))).toEqual([1, 2])
    expect(ctx.written.has(path.join(root, 'Navneskilt nettverksmøte 12.03.2027.pdf'))).toBe(true)
  })

  it('names a character the font lacks, and writes nothing', async () => {
    const { call, root } = setup()
    const result = await call('renderNameBadges', { ...badges, input: { ...badges.input, badges: [{ name: 'Kari 🙂', title: '', organisation: '' }] } })
    expect(result).toEqual({ ok: false, error: 'unsupported-character', detail: '«🙂» (U+1F642) i «Kari 🙂»' })
    expect(readdirSync(root).filter((f) => f.endsWith('.pdf'))).toEqual([])
  })

  it('refuses an empty list or an overlong name at the edge', async () => {
    const { call } = setup()
    expect((await call('renderNameBadges', { ...badges, input: { ...badges.input, badges: [] } })).ok).toBe(false)
    const long = { ...badges, input: { ...badges.input, badges: [{ name: 'x'.repeat(201), title: '', organisation: '' }] } }
    expect(await call('renderNameBadges', long)).toMatchObject({ ok: false, error: 'invalid-request' })
  })
})

describe('renderKitchenList', () => {
  it('renders the list and saves it where the user chooses, with no progress event and nothing logged', async () => {
    const { call, root, events, logged } = setup()
    const result = await call('renderKitchenList', kitchen)
    expect(result).toEqual({ ok: true, data: { path: path.join(root, 'Kjøkkenliste Signeringslunsj 10.06.2027.pdf'), name: 'Kjøkkenliste Signeringslunsj 10.06.2027.pdf', pageCount: 1 } })
    const text = (await extractText(new Uint8Array(readFileSync(path.join(root, 'Kjøkkenliste Signeringslunsj 10.06.2027.pdf'))))).all
    expect(text).toContain('Kjøkkenliste — Signeringslunsj 10.06.2027')
    expect(text).toContain('Cøliaki')
    expect(events).toEqual([])
    expect(logged).toEqual([])
  })

  it('keeps the needs out of the log when the disk fails', async () => {
    const full: AtomicFs = { ...realFs, open: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })) }
    const { call, logged } = setup({ fileSystem: full })
    const result = await call('renderKitchenList', kitchen)
    expect(result).toEqual({ ok: false, error: 'io-failed', detail: 'Kjøkkenliste Signeringslunsj 10.06.2027.pdf: disken er full' })
    const log = JSON.stringify(logged, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : v))
    for (const secret of ['Cøliaki', 'Nøtteallergi', 'Anafylaksi']) expect(log).not.toContain(secret)
  })

  it('returns a character the font lacks to the page only, never to the log', async () => {
    const { call, logged } = setup()
    const model = { ...kitchen.model, guests: [{ ...kitchen.model.guests[0]!, needs: ['Nøtteallergi 🙂'] }] }
    const result = await call('renderKitchenList', { ...kitchen, model })
    expect(result).toEqual({ ok: false, error: 'unsupported-character', detail: '«🙂» (U+1F642) i «Nøtteallergi 🙂»' })
    expect(logged).toEqual([])
  })

  it('returns "cancelled" when the save dialog is cancelled', async () => {
    const { call } = setup({ save: null })
    expect(await call('renderKitchenList', kitchen)).toEqual({ ok: false, error: 'cancelled' })
  })

  it('asks where to save even when an output folder is set, which may be shared', async () => {
    const { call, root, ctx } = setup()
    const shared = path.join(root, 'Felles')
    mkdirSync(shared)
    await ctx.config.update({ outputFolder: shared })
    const result = await call('renderKitchenList', kitchen)
    expect(result.ok && path.dirname(result.data.path)).toBe(root)
    expect(readdirSync(shared)).toEqual([])
    // Badges are not health data: they go to the output folder as other documents do.
    const badgeFile = await call('renderNameBadges', badges)
    expect(badgeFile.ok && path.dirname(badgeFile.data.path)).toBe(shared)
  })

  it.each([
    ['more than 20 needs for one guest', { needs: Array.from({ length: 21 }, (_, i) => `Behov ${i}`) }],
    ['an empty need', { needs: [''] }],
    ['an overlong note', { note: 'x'.repeat(501) }],
    ['a field the list does not know', { allergyCode: 'A1' }],
  ])('refuses %s at the edge', async (_, change) => {
    const { call } = setup()
    const model = { ...kitchen.model, guests: [{ ...kitchen.model.guests[0]!, ...change }] }
    expect(await call('renderKitchenList', { ...kitchen, model })).toMatchObject({ ok: false, error: 'invalid-request' })
  })
})

const planTable = (diet?: string) => ({
  name: 'Bord 1',
  shape: 'round',
  seatCount: 4,
  seats: [{ seat: 1, name: 'Máret Ŋuorra', title: 'Daglig leder', organisation: 'Čáhcegáttis AS', ...(diet === undefined ? {} : { diet }) }],
})
const plan = (diet?: string) => ({ document: { kind: 'tablePlan', header: { title: 'Signeringslunsj', subtitle: '' }, tables: [planTable(diet)] }, fileName: 'Bordplan', jobId: 'j' })

describe('renderLunchDocument with diets on the table plan', () => {
  it('accepts a diet per seat and still accepts a plan without any', async () => {
    const { call } = setup()
    expect((await call('renderLunchDocument', plan('Vegetar'))).ok).toBe(true)
    expect((await call('renderLunchDocument', plan())).ok).toBe(true)
    expect(await call('renderLunchDocument', plan('x'.repeat(301)))).toMatchObject({ ok: false, error: 'invalid-request' })
  })
})
