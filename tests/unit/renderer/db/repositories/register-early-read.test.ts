/** The register's early read (renderer/public/register-early-read.js) and its use by the register's watch. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { useDatabase } from '../../../../../renderer/db/db'
import { NfkDatabase, DB_NAME } from '../../../../../renderer/db/schema'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { readRegisterTables, takeEarlyRead, watchRegisterTables, type RegisterTables } from '../../../../../renderer/db/repositories/register-repo'
import { made } from '../../db-helpers'

const script = readFileSync(path.resolve('renderer/public/register-early-read.js'), 'utf8')
const runScript = () => new Function(script)()

function firstValue(early: ReturnType<typeof takeEarlyRead>): Promise<RegisterTables> {
  return new Promise((resolve, reject) => {
    const stop = watchRegisterTables(
      {
        next: (tables) => {
          stop()
          resolve(tables)
        },
        error: reject,
      },
      early,
    )
  })
}

/** Writes an organisation behind the app's back (no Dexie, so no change is announced). */
async function putBehindTheAppsBack(name: string): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve) => {
    const r = indexedDB.open(DB_NAME)
    r.addEventListener('success', () => resolve(r.result))
  })
  await new Promise<void>((resolve) => {
    const tx = database.transaction('organisations', 'readwrite')
    tx.objectStore('organisations').put({ ...emptyOrganisationInput(), id: `x-${name}`, name, status: 'soker', createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' })
    tx.addEventListener('complete', () => resolve())
  })
  database.close()
}

describe('the register’s early read', () => {
  afterEach(() => {
    takeEarlyRead()
    window.location.hash = ''
  })

  it('does nothing on another page', () => {
    window.location.hash = '#/arrangementer'
    runScript()
    expect(takeEarlyRead()).toBeUndefined()
  })

  it('never creates a database that is missing (first start): the app creates it', async () => {
    window.location.hash = '#/virksomheter'
    runScript()
    expect(await takeEarlyRead()).toBeNull()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME)
  })

  it('reads the register’s tables from the page’s start, and the register shows those rows', async () => {
    const database = useDatabase(new NfkDatabase())
    await database.open()
    await setUserName('Kari Nordmann')
    await putBehindTheAppsBack('Aker Sol AS')
    database.close()

    window.location.hash = '#/virksomheter'
    runScript()
    const early = takeEarlyRead()
    expect(early).toBeDefined()
    await database.open()
    // Written after the early read and announced to nobody: the register's first rows are the early ones.
    await early
    await putBehindTheAppsBack('Berg Bygg AS')
    const first = await firstValue(Promise.resolve(early!))
    expect(first.active.map((o) => o.name)).toEqual(['Aker Sol AS'])
    expect((await readRegisterTables()).active.map((o) => o.name).sort()).toEqual(['Aker Sol AS', 'Berg Bygg AS'])
  })

  it('is not used once the app changed the register’s tables: the register reads them again', async () => {
    window.location.hash = '#/virksomheter'
    runScript()
    const early = takeEarlyRead()
    await early
    await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Cirkel AS' }))
    const first = await firstValue(early)
    expect(first.active.map((o) => o.name).sort()).toEqual(['Aker Sol AS', 'Berg Bygg AS', 'Cirkel AS'])
  })
})
