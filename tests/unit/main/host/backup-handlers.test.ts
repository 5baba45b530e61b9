import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHostContext } from '../../../../electron/main/host/context'
import { createBackupHandlers } from '../../../../electron/main/host/backup-handlers'
import { fakeServices } from './fake-services'

const envelope = new TextEncoder().encode(
  JSON.stringify({ format: 'nfk-sekretariat-eksport', version: 2, exportId: 'x', exportedAt: '2026-11-28T10:00:00.000Z', counts: { organisations: 1 }, data: { organisations: [{ id: 'a' }] } }),
)

describe('backup handlers', () => {
  it('saves "Eksporter alt" where the user chose, and only after reading it back and checking it', async () => {
    const { services, root } = fakeServices()
    const handlers = createBackupHandlers(createHostContext(services))
    const result = await handlers.exportAll({ suggestedName: 'nfk-eksport.json', bytes: envelope })
    expect(result).toEqual({ ok: true, data: { path: path.join(root, 'nfk-eksport.json'), name: 'nfk-eksport.json' } })
    expect(readFileSync(path.join(root, 'nfk-eksport.json'))).toEqual(Buffer.from(envelope))
  })

  it('refuses bytes that are not a whole export, and a cancelled dialog is a result', async () => {
    const { services } = fakeServices()
    const handlers = createBackupHandlers(createHostContext(services))
    const broken = await handlers.exportAll({ suggestedName: 'x.json', bytes: envelope.slice(0, 40) })
    expect(broken).toMatchObject({ ok: false, error: 'invalid-data' })
    const cancelled = createBackupHandlers(createHostContext(fakeServices({ chooseSavePath: async () => null }).services))
    expect(await cancelled.exportAll({ suggestedName: 'x.json', bytes: envelope })).toEqual({ ok: false, error: 'cancelled' })
  })

  it('writes, lists and reads backups, and refuses names it did not list', async () => {
    const { services } = fakeServices()
    const handlers = createBackupHandlers(createHostContext(services))
    const written = await handlers.writeBackup({ reason: 'manual', bytes: envelope })
    if (!written.ok) throw new Error(written.error)
    const listed = await handlers.listBackups({})
    expect(listed.ok && listed.data.map((b) => [b.name, b.counts])).toEqual([[written.data.name, { organisations: 1 }]])
    expect(await handlers.readBackup({ name: written.data.name })).toMatchObject({ ok: true, data: { bytes: new Uint8Array(envelope) } })
    expect(await handlers.readBackup({ name: 'nfk-sikkerhetskopi-2020-01-01T00-00-00-000Z-daily.json' })).toMatchObject({ ok: false, error: 'not-found' })
  })
})
