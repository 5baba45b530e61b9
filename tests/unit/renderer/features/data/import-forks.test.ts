/**
 * A fork through the Data page's import (import-core, in-thread): Kari merged "Bygg as" into "Bygg
 * AS" at 10:10; Per, from an earlier file, merged it into "BYGG AS" at 10:15. Kari imports Per's
 * file. The preview lists the fork in words; accepted as proposed, Per's later merge stands (as
 * before); with Kari's merge chosen, "Bygg as" and its contact person stay with "Bygg AS".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, useDatabase } from '../../../../../renderer/db/db'
import { setClock } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import type { Resolution } from '../../../../../renderer/domain/backup/plan'
import { createImportCore, type ImportReply, type ImportRequest } from '../../../../../renderer/features/data/import-core'
import { made } from '../../db-helpers'
import { at, exportHere, perFrom, unsyncedLaptop } from '../../db/sync/file-copies'

function session() {
  let ending: ImportReply | null = null
  const handle = createImportCore((reply) => {
    if (reply.type !== 'progress') ending = reply
  })
  return async (request: ImportRequest): Promise<ImportReply | null> => {
    ending = null
    await handle(request)
    return ending
  }
}

const org = (name: string) => made(createOrganisation({ ...emptyOrganisationInput(), name }))

/** Kari's laptop running, with Per's file in hand; the three records' ids. */
async function fork() {
  at(0)
  const kari = await unsyncedLaptop('Kari')
  const [a, b, c] = [await org('Bygg AS'), await org('Bygg as'), await org('BYGG AS')]
  const contact = await made(addPerson(b.id, { ...emptyPersonInput(), name: 'Kontakt Bygg as', roles: ['klimakontakt'] }))
  at(5)
  const per = await perFrom(await exportHere())
  useDatabase(kari.db)
  at(10)
  await made(mergeOrganisations(a.id, b.id))
  useDatabase(per)
  at(15)
  await made(mergeOrganisations(c.id, b.id))
  const fromPer = await exportHere()
  useDatabase(kari.db)
  at(25)
  return { a, b, c, contact, fromPer }
}

async function importWith(fromPer: Uint8Array, choose: (key: string) => Resolution | null) {
  const ask = session()
  const preview = await ask({ type: 'prepare', bytes: fromPer, databaseName: db().name, mode: 'merge', now: Date.now() })
  if (preview?.type !== 'preview') throw new Error(`no preview: ${preview?.type}`)
  const forks = preview.plan.conflicts.filter((c) => c.reason === 'merge-fork')
  const resolutions: [string, Resolution][] = forks.flatMap((c) => {
    const side = choose(c.key)
    return side ? [[c.key, side] as [string, Resolution]] : []
  })
  const done = await ask({ type: 'apply', resolutions, now: Date.now() })
  expect(done?.type).toBe('applied')
  return { forks, questions: preview.plan.conflicts.length }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(() => new Date())
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a fork through the import preview', () => {
  it('is listed in words, and accepted as proposed, Per’s later merge stands as before', async () => {
    const { a, b, c, contact, fromPer } = await fork()
    const { forks, questions } = await importWith(fromPer, () => null)
    // One question: the contact person both merges moved follows the merge that stands.
    expect(questions).toBe(1)
    expect(forks).toHaveLength(1)
    expect(forks[0]).toMatchObject({ newer: 'incoming', local: { name: 'Bygg as' } })
    expect(forks[0]?.fork).toMatchObject({ local: { survivorId: a.id, survivor: 'Bygg AS', by: 'Kari' }, incoming: { survivorId: c.id, survivor: 'BYGG AS', by: 'Per' } })
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(c.id)
    expect((await db().people.get(contact.id))?.organisationId).toBe(c.id)
  })

  it('with Kari’s merge chosen, keeps “Bygg as” and its contact person with “Bygg AS”', async () => {
    const { a, b, contact, fromPer } = await fork()
    await importWith(fromPer, () => 'local')
    expect((await db().organisations.get(b.id))?.mergedInto).toBe(a.id)
    expect((await db().people.get(contact.id))?.organisationId).toBe(a.id)
  })
})
