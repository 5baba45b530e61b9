/**
 * The sync channels through the one dispatch (sender check, zod, result mapping), as the page
 * calls them: two laptops, each its own host context, sharing one folder.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/shared/app-origin'
import { createHostContext } from '../../../../electron/main/host/context'
import { createHandlers } from '../../../../electron/main/host/handlers'
import { createDispatch } from '../../../../electron/main/ipc/handle'
import type { SyncPullResult, SyncStatus } from '../../../../electron/shared/channels/sync'
import { change, KARI, OLA } from '../sync/group'
import { fakeServices } from './fake-services'

const fromApp = { url: APP_ENTRY_URL, fromAppWindow: true }

function laptop(shared: string | null, confirm = true) {
  const asked: string[] = []
  const { services } = fakeServices({
    chooseFolder: async () => shared,
    confirm: async (message) => {
      asked.push(message)
      return confirm
    },
  })
  const dispatch = createDispatch(createHandlers(createHostContext(services)), [APP_ORIGIN])
  return { call: (name: string, payload: unknown) => dispatch(name, fromApp, payload), dispatch, asked }
}

async function pair() {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'nfk-delt-'))
  const kari = laptop(shared)
  const ola = laptop(shared)
  const chosen = (await kari.call('syncChooseFolder', { installId: KARI, userName: 'Kari' })) as { ok: true; data: SyncStatus }
  await ola.call('syncChooseFolder', { installId: OLA, userName: 'Ola' })
  return { shared, kari, ola, folderId: chosen.data.folderId as string, status: chosen.data }
}

const push = (messages: unknown[]) => ({ installId: KARI, userName: 'Kari', batchId: crypto.randomUUID(), seen: {}, messages })

describe('the sync channels', () => {
  it('choose the folder through main’s dialog, and a cancelled dialog changes nothing', async () => {
    const cancelled = laptop(null)
    expect(await cancelled.call('syncChooseFolder', { installId: KARI, userName: 'Kari' })).toEqual({ ok: false, error: 'cancelled' })
    expect(await cancelled.call('syncStatus', { installId: KARI })).toMatchObject({ ok: true, data: { folder: null, reachable: false } })
    const { shared, status } = await pair()
    expect(status).toMatchObject({ folder: shared, reachable: true, problem: null, laptops: [] })
  })

  it('carry one laptop’s changes to the other: push, pull, ack', async () => {
    const { kari, ola, folderId } = await pair()
    const messages = [change(KARI, 'org-1', 'notes', 'Adresse endret'), change(KARI, 'org-1', 'tags', 'sirkulær', 'organisations')]
    expect(await kari.call('syncPush', push(messages))).toEqual({ ok: true, data: { seq: 1, name: '0000000001.nfksync', count: 2, alreadyWritten: false } })
    const pulled = (await ola.call('syncPull', { installId: OLA, folderId, cursors: {} })) as { ok: true; data: SyncPullResult }
    expect(pulled.data.batches).toEqual([expect.objectContaining({ installId: KARI, seq: 1, messages })])
    expect(await ola.call('syncAck', { installId: OLA, folderId, userName: 'Ola', cursors: { [KARI]: 1 } })).toMatchObject({ ok: true, data: { pruned: 0, snapshotDue: false } })
    expect(await kari.call('syncStatus', { installId: KARI })).toMatchObject({ ok: true, data: { laptops: [expect.objectContaining({ installId: OLA, userName: 'Ola' })] } })
  })

  it('refuse malformed messages before anything is written', async () => {
    const { kari, shared } = await pair()
    const good = change(KARI, 'org-1', 'notes', 'x')
    let deep: unknown = 'bunn'
    for (let i = 0; i < 20_000; i++) deep = [deep]
    const bad: [unknown, string][] = [
      [{ ...good, timestamp: '2026-11-28T10:00:00Z' }, 'messages.0.timestamp'],
      [{ ...good, table: '../etc' }, 'messages.0.table'],
      [{ ...good, op: 'merge' }, 'messages.0.op'],
      [{ ...good, value: undefined }, 'messages.0.value'],
      [{ ...good, value: deep }, 'messages.0.value'],
      [{ ...good, extra: 1 }, 'messages.0'],
    ]
    for (const [message, where] of bad) {
      const result = await kari.call('syncPush', push([message]))
      expect(result).toMatchObject({ ok: false, error: 'invalid-request', detail: expect.stringContaining(where) })
    }
    expect(await kari.call('syncPush', push([]))).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(await kari.call('syncPush', { ...push([good]), installId: 'KARI' })).toMatchObject({ ok: false, error: 'invalid-request', detail: 'installId: ugyldig installasjons-id' })
    expect(readdirSync(path.join(shared, 'nfk-sync', KARI))).toEqual(['maskin.json'])
  })

  it('refuse a message from outside the app window', async () => {
    const { kari } = await pair()
    expect(await kari.dispatch('syncPush', { url: 'https://example.com/', fromAppWindow: true }, push([change(KARI, 'o', 'notes', 1)]))).toEqual({ ok: false, error: 'forbidden-sender' })
  })

  it('answer with a Norwegian message when the folder is offline', async () => {
    const { kari, shared, folderId } = await pair()
    renameSync(shared, `${shared}-frakoblet`)
    const result = await kari.call('syncPull', { installId: KARI, folderId, cursors: {} })
    expect(result).toEqual({
      ok: false,
      error: 'io-failed',
      detail: `Synkroniseringsmappen «${path.basename(shared)}» er ikke tilgjengelig nå (mappen finnes ikke, eller er ikke tilgjengelig nå). Endringene dine er trygge på denne maskinen og sendes neste gang mappen er tilgjengelig.`,
    })
    expect(await kari.call('syncStatus', { installId: KARI })).toMatchObject({ ok: true, data: { reachable: false } })
  })

  it('retire another laptop only after main’s confirmation dialog', async () => {
    const shared = mkdtempSync(path.join(os.tmpdir(), 'nfk-delt-'))
    const no = laptop(shared, false)
    const yes = laptop(shared, true)
    await no.call('syncChooseFolder', { installId: KARI, userName: 'Kari' })
    await laptop(shared).call('syncChooseFolder', { installId: OLA, userName: 'Ola' })
    expect(await no.call('syncRetireLaptop', { installId: KARI, target: OLA })).toEqual({ ok: false, error: 'cancelled', detail: 'Avbrutt.' })
    expect(no.asked).toEqual(['Ta «Ola» (maskin bbbbbbbb) ut av synkroniseringen?'])
    expect(existsSync(path.join(shared, 'nfk-sync', OLA))).toBe(true)
    await yes.call('syncChooseFolder', { installId: KARI, userName: 'Kari' })
    expect(await yes.call('syncRetireLaptop', { installId: KARI, target: OLA })).toEqual({ ok: true, data: { retired: `pensjonert/${OLA}` } })
  })

  it('write and read a snapshot in parts, and refuse a snapshot name that is not one', async () => {
    const { kari, ola, folderId } = await pair()
    const begun = (await kari.call('syncBeginSnapshot', { installId: KARI, folderId, userName: 'Kari', covers: {}, clock: '{}', merkle: { hash: 1 } })) as { ok: true; data: { token: string } }
    const messages = [change(KARI, 'org-1', 'name', 'Grønn AS'), change(KARI, 'org-2', 'name', 'Blå AS')]
    expect(await kari.call('syncAddSnapshotMessages', { token: begun.data.token, messages })).toEqual({ ok: true, data: { count: 2 } })
    expect(await kari.call('syncFinishSnapshot', { token: begun.data.token })).toEqual({ ok: true, data: { seq: 0, name: 'snapshot-0000000000.nfksync', count: 2 } })
    expect(await ola.call('syncSnapshotInfo', { installId: OLA, folderId })).toMatchObject({ ok: true, data: { snapshot: { installId: KARI, name: 'snapshot-0000000000.nfksync', count: 2 } } })
    expect(await ola.call('syncReadSnapshot', { installId: OLA, folderId, owner: KARI, name: 'snapshot-0000000000.nfksync', offset: 1, limit: 5 })).toEqual({
      ok: true,
      data: { messages: [messages[1]], offset: 1, total: 2, done: true },
    })
    expect(await ola.call('syncReadSnapshot', { installId: OLA, folderId, owner: KARI, name: '../maskin.json', offset: 0, limit: 5 })).toMatchObject({ ok: false, error: 'invalid-request' })
    expect(await ola.call('syncReadSnapshot', { installId: OLA, folderId, owner: KARI, name: 'snapshot-0000000007.nfksync', offset: 0, limit: 5 })).toMatchObject({ ok: false, error: 'io-failed' })
  })

  it('redact this laptop’s files on request, and refuse an empty request', async () => {
    const { kari } = await pair()
    await kari.call('syncPush', push([change(KARI, 'p-1', 'email', 'eva@eksempel.no', 'people')]))
    expect(await kari.call('syncRedact', { installId: KARI, rows: [{ table: 'people', row: 'p-1' }], fields: [] })).toEqual({ ok: true, data: { filesRewritten: 1, messagesRedacted: 1, filesSkipped: 0 } })
    expect(await kari.call('syncRedact', { installId: KARI, rows: [], fields: [] })).toMatchObject({ ok: false, error: 'invalid-request', detail: ': ingenting å fjerne' })
  })

  it('leave the folder on request', async () => {
    const { kari } = await pair()
    expect(await kari.call('syncLeaveFolder', { installId: KARI })).toMatchObject({ ok: true, data: { folder: null } })
    expect(await kari.call('syncPush', push([change(KARI, 'o', 'notes', 1)]))).toMatchObject({ ok: false, error: 'refused', detail: expect.stringContaining('ikke satt opp') })
  })
})
