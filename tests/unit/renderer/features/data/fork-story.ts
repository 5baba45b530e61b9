/**
 * The fork the import tests share: Kari merged "Bygg as" into "Bygg AS" at 10:10; Per, from an
 * earlier file of hers, merged it into "BYGG AS" at 10:15. Kari's laptop is the running one after,
 * at 10:25, with Per's file in hand. Through the Data page's import core, in-thread.
 */
import { useDatabase } from '../../../../../renderer/db/db'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { createImportCore, type ImportReply, type ImportRequest } from '../../../../../renderer/features/data/import-core'
import { made } from '../../db-helpers'
import { at, exportHere, perFrom, unsyncedLaptop } from '../../db/sync/file-copies'

/** One import session; each request resolves with the reply that ends it (progress left out). */
export function session() {
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

type Also = (ids: { a: string; b: string; c: string; contact: string }) => Promise<void>

/** `per`: what Per does on his copy before his merge (10:12); `kari`: what Kari does after hers (10:20). */
export async function forkStory(also: { per?: Also; kari?: Also } = {}) {
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
  const ids = { a: a.id, b: b.id, c: c.id, contact: contact.id }
  at(12)
  await also.per?.(ids)
  at(15)
  await made(mergeOrganisations(c.id, b.id))
  const fromPer = await exportHere()
  useDatabase(kari.db)
  at(20)
  await also.kari?.(ids)
  at(25)
  return { a, b, c, contact, fromPer }
}
