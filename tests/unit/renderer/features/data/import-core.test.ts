/**
 * The import as the Data page runs it in its worker (import-core, here in-thread): it must refuse
 * exactly what main's backup reader refuses, keep the erasure ledger, land whole or not at all, and
 * leave everything as it was when the user cancels while it writes.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { exportDatabase, readAllTables } from '../../../../../renderer/db/repositories/backup-repo'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { erasePerson } from '../../../../../renderer/db/repositories/privacy-repo'
import { encodeEnvelope, type Envelope, type Row } from '../../../../../renderer/domain/backup/envelope'
import { readExportFile } from '../../../../../renderer/domain/backup/read-file'
import { createImportCore, type ImportReply, type ImportRequest } from '../../../../../renderer/features/data/import-core'
import { freshDatabase, made } from '../../db-helpers'

const NOW = Date.UTC(2026, 10, 28, 9, 0)

/** One session of the core: each request answers with the reply that ends it (progress aside). */
type Progress = Extract<ImportReply, { type: 'progress' }>

function session(onProgress: (reply: Progress, cancel: () => void) => void = () => {}) {
  let ending: ImportReply | null = null
  const handle = createImportCore((reply) => {
    if (reply.type === 'progress') onProgress(reply, () => void handle({ type: 'cancel' }))
    else ending = reply
  })
  return async (request: ImportRequest): Promise<ImportReply | null> => {
    ending = null
    await handle(request)
    return ending
  }
}

const prepare = (bytes: Uint8Array, mode: 'merge' | 'replace' = 'replace'): ImportRequest => ({ type: 'prepare', bytes, databaseName: db().name, mode, now: NOW })
const apply: ImportRequest = { type: 'apply', resolutions: [], now: NOW }

async function seed() {
  const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Ruoŧŧa AS' }, { status: 'medlem', date: '2020-01-10', note: '' }))
  const person = await made(addPerson(org.id, { name: 'Ánde Ŋuolla', title: 'Leder', email: 'ande@example.no', phone: '', roles: ['toppleder'] }))
  return { org, person }
}

async function exported(change?: (data: Envelope['data']) => void): Promise<Uint8Array> {
  const envelope = structuredClone(await exportDatabase({ appVersion: '1' }))
  change?.(envelope.data)
  return encodeEnvelope(envelope)
}

beforeEach(async () => {
  setClock(() => new Date(NOW))
  await freshDatabase()
})

describe('the import worker checks what the backup reader checks', () => {
  it('refuses a row the reader refuses, with the reader’s own Norwegian problem, and changes nothing', async () => {
    await seed()
    const bytes = await exported((data) => {
      ;(data.organisations as Row[])[0]!.name = ''
    })
    const before = await readAllTables()
    const read = await readExportFile(bytes)
    expect(read.ok).toBe(false)
    const reply = await session()(prepare(bytes))
    expect(reply).toEqual({ type: 'unreadable', problem: read.ok ? null : read.problem })
    expect(await readAllTables()).toEqual(before)
  })

  it('shows a file whose people point at an unknown organisation as problems, and refuses to write it', async () => {
    await seed()
    const bytes = await exported((data) => {
      ;(data.people as Row[])[0]!.organisationId = '00000000-0000-4000-8000-000000000999'
    })
    const before = await readAllTables()
    const ask = session()
    const preview = await ask(prepare(bytes))
    expect(preview).toMatchObject({ type: 'preview', plan: { problemCount: 1 } })
    expect(await ask(apply)).toMatchObject({ type: 'refused', problems: [expect.objectContaining({ table: 'people' })] })
    expect(await readAllTables()).toEqual(before)
  })

  it('brings nobody erased back: an export from before the erasure lands without the name', async () => {
    const { person } = await seed()
    const older = await exported()
    await erasePerson(person.id)
    const ask = session()
    expect(await ask(prepare(older))).toMatchObject({ type: 'preview' })
    expect(await ask(apply)).toMatchObject({ type: 'applied' })
    expect(await db().people.get(person.id)).toMatchObject({ name: '', email: '' })
    expect(JSON.stringify(await readAllTables())).not.toContain('Ánde')
  })
})

describe('cancelling while it writes', () => {
  it('rolls back every slice already written: everything is as it was, and the reply says cancelled', async () => {
    await seed()
    const file = await exported()
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Kommer etter AS' }, { status: 'medlem', date: '2021-01-10', note: '' }))
    const before = await readAllTables()
    // "Avbryt importen" pressed once writing has begun (the replace has already emptied the tables).
    let heard = 0
    const ask = session((reply, cancel) => {
      if (reply.label !== 'Skriver til databasen') return
      heard++
      cancel()
    })
    expect(await ask(prepare(file))).toMatchObject({ type: 'preview' })
    expect(await ask(apply)).toEqual({ type: 'cancelled' })
    expect(heard).toBeGreaterThan(0)
    expect(await readAllTables()).toEqual(before)
  })
})
