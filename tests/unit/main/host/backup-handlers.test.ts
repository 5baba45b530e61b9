import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHostContext } from '../../../../electron/main/host/context'
import { createBackupHandlers } from '../../../../electron/main/host/backup-handlers'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { envelope as makeEnvelope, LAPTOP_A } from '../backups/envelopes'
import { fakeServices } from './fake-services'

const envelope = makeEnvelope(1)
const PREVIOUS = Buffer.from('{"format":"nfk-sekretariat-eksport","the":"previous export"}')

function withPreviousExport(fs?: AtomicFs) {
  const { services, root } = fakeServices()
  const target = path.join(root, 'nfk-eksport.json')
  writeFileSync(target, PREVIOUS)
  const handlers = createBackupHandlers(createHostContext(fs ? { ...services, fileSystem: fs } : services))
  return { handlers, target, root }
}

const fail = (code: string, file: string) => Object.assign(new Error(`${code}: injected, open '${file}'`), { code })

describe('"Eksporter alt"', () => {
  it('saves where the user chose, and only after reading it back and checking it', async () => {
    const { handlers, target } = withPreviousExport()
    const result = await handlers.exportAll({ suggestedName: 'nfk-eksport.json', bytes: envelope })
    expect(result).toEqual({ ok: true, data: { path: target, name: 'nfk-eksport.json' } })
    expect(readFileSync(target)).toEqual(Buffer.from(envelope))
    expect(readdirSync(path.dirname(target)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses bytes that are not a whole export before writing anything: the previous file stays byte-identical', async () => {
    const { handlers, target } = withPreviousExport()
    expect(await handlers.exportAll({ suggestedName: 'nfk-eksport.json', bytes: envelope.slice(0, 40) })).toEqual({
      ok: false,
      error: 'invalid-data',
      detail: 'filen er ikke gyldig JSON',
    })
    expect(readFileSync(target)).toEqual(PREVIOUS)
  })

  const faults: [string, AtomicFs, object][] = [
    [
      'the disk returns other bytes on read-back',
      { ...realFs, readFile: async (f) => (await realFs.readFile(f)).map((b, i) => (i === 5 ? b ^ 1 : b)) },
      { error: 'invalid-data', detail: 'nfk-eksport.json: kontrollen etter skriving feilet: filen som ble lest tilbake, er ikke lik den som ble skrevet' },
    ],
    [
      'the disk fills up while writing',
      { ...realFs, open: async (f, flags) => ({ ...(await realFs.open(f, flags)), write: async () => Promise.reject(fail('ENOSPC', f)) }) },
      { error: 'io-failed', detail: 'nfk-eksport.json: disken er full' },
    ],
    [
      'the rename is refused',
      { ...realFs, rename: async (from) => Promise.reject(fail('EROFS', from)) },
      { error: 'io-failed', detail: 'nfk-eksport.json: disken eller mappen kan bare leses' },
    ],
    [
      'another program holds the file',
      { ...realFs, rename: async (from) => Promise.reject(fail('EBUSY', from)) },
      { error: 'file-busy', detail: 'nfk-eksport.json' },
    ],
  ]
  for (const [what, fs, expected] of faults) {
    it(`leaves the previous export byte-identical and no temporary file when ${what}`, async () => {
      const { handlers, target, root } = withPreviousExport({ ...fs, rm: realFs.rm })
      const result = await handlers.exportAll({ suggestedName: 'nfk-eksport.json', bytes: envelope })
      expect(result).toEqual({ ok: false, ...expected })
      expect(readFileSync(target)).toEqual(PREVIOUS)
      expect(readdirSync(root).filter((n) => n !== 'main-config.json')).toEqual(['nfk-eksport.json'])
    })
  }

  it('a cancelled dialog is a result', async () => {
    const cancelled = createBackupHandlers(createHostContext(fakeServices({ chooseSavePath: async () => null }).services))
    expect(await cancelled.exportAll({ suggestedName: 'x.json', bytes: envelope })).toEqual({ ok: false, error: 'cancelled' })
  })
})

describe('backup handlers', () => {
  it('writes, lists with the laptop and user, and reads backups, and refuses names it did not list', async () => {
    const { services } = fakeServices()
    const handlers = createBackupHandlers(createHostContext(services))
    const written = await handlers.writeBackup({ reason: 'manual', bytes: envelope, userName: 'Kari Nordmann' })
    if (!written.ok) throw new Error(written.error)
    const listed = await handlers.listBackups({})
    expect(listed.ok && listed.data.map((b) => [b.name, b.counts, b.installId, b.userName])).toEqual([
      [written.data.name, { organisations: 1, people: 0 }, LAPTOP_A, 'Kari Nordmann'],
    ])
    expect(await handlers.readBackup({ name: written.data.name })).toMatchObject({ ok: true, data: { bytes: new Uint8Array(envelope) } })
    expect(await handlers.readBackup({ name: 'nfk-sikkerhetskopi-2020-01-01T00-00-00-000Z-daily.json' })).toEqual({
      ok: false,
      error: 'not-found',
      detail: 'nfk-sikkerhetskopi-2020-01-01T00-00-00-000Z-daily.json',
    })
  })

  it('refuses a backup that is not an export with a Norwegian reason, and one the disk garbles as a failed check', async () => {
    const { services } = fakeServices()
    const handlers = createBackupHandlers(createHostContext(services))
    expect(await handlers.writeBackup({ reason: 'manual', bytes: new TextEncoder().encode('[]') })).toEqual({
      ok: false,
      error: 'invalid-data',
      detail: 'filen er ikke en eksportfil',
    })
    const garbling = createBackupHandlers(
      createHostContext({ ...services, fileSystem: { ...realFs, readFile: async (f) => (await realFs.readFile(f)).subarray(1) } }),
    )
    expect(await garbling.writeBackup({ reason: 'manual', bytes: envelope })).toEqual({
      ok: false,
      error: 'invalid-data',
      detail: 'kontrollen etter skriving feilet: filen som ble lest tilbake, er ikke lik den som ble skrevet',
    })
  })
})
