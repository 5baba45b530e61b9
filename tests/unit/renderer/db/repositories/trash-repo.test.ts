/**
 * Emptying the trash empties the organisation's applications (issue 16): the form's answers as given
 * name the organisation, its leader, e-mails, phones and measures, and the source file may carry its
 * name. Every answer goes (its question stays), for the duplicates emptied with it too; ids, the
 * organisation, the form id, dates and tier stay, and another organisation's application is untouched.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Application } from '../../../../../renderer/domain/application/types'
import { newRecord } from '../../../../../renderer/db/repositories/base'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { applicationsOf } from '../../../../../renderer/db/repositories/applications-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { freshDatabase, made } from '../../db-helpers'

const ANSWERS = ['Fjordlys Energi AS', 'Siri Berg, +47 912 34 567', 'Vi kutter utslipp fra ferjene']

async function application(organisationId: string, source = 'Fjordlys Energi AS.xlsx'): Promise<Application> {
  const a = newRecord({ organisationId, formId: crypto.randomUUID(), date: '2026-11-01', startedAt: '2026-11-01T09:00', submittedAt: '2026-11-01T09:20', tier: 'partner', answers: ANSWERS.map((answer, i) => ({ question: `Spørsmål ${i + 1}`, answer, ...(i === 2 ? { field: 'measures' } : {}) })), source }) as Application
  await db().applications.add(a)
  return a
}

const organisation = (name: string) => made(createOrganisation({ ...emptyOrganisationInput(), name }, { status: 'soker', date: '2026-01-10', note: '' }))

describe('emptying the trash', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('empties every answer and the source of the organisation’s applications, keeping what the app needs', async () => {
    const org = await organisation('Fjordlys Energi AS')
    const a = await application(org.id)
    const other = await application((await organisation('Bygg AS')).id, 'bygg.xlsx')
    await trashOrganisation(org.id)
    await emptyTrash()

    const stored = (await db().applications.get(a.id)) as Application
    const erasedAt = (await db().organisations.get(org.id))?.erasedAt
    expect(stored).toEqual({ ...a, answers: ANSWERS.map((_, i) => ({ question: `Spørsmål ${i + 1}`, answer: '', ...(i === 2 ? { field: 'measures' } : {}) })), source: '', updatedAt: erasedAt })
    expect(JSON.stringify(stored)).not.toContain('Fjordlys')
    expect(await db().applications.get(other.id)).toEqual(other)
    // What the organisation page would list of it (it says the organisation no longer exists).
    expect((await applicationsOf(org.id)).flatMap((x) => x.answers.map((y) => y.answer))).toEqual(['', '', ''])
  })

  it('drops a sync conflict about its answers, whose sides hold them as each laptop had them', async () => {
    const org = await organisation('Fjordlys Energi AS')
    const a = await application(org.id)
    const side = (ts: string, answer: string) => ({ ts, installId: 'x', userName: 'Ola', value: [{ question: 'Spørsmål 3', answer }], op: 'set' as const })
    const cell = `applications|${a.id}|answers`
    await db().syncConflicts.put({ id: 'c1', cell, table: 'applications', row: a.id, field: 'answers', sides: [side('1', 'Fjordlys kutter'), side('2', 'Fjordlys bygger')], detectedAt: '2026-11-02T10:00:00.000Z', settledAt: null, settledBy: null })
    await trashOrganisation(org.id)
    await emptyTrash()

    expect(await db().syncConflicts.toArray()).toEqual([])
  })

  it('empties the applications of a duplicate emptied with it', async () => {
    const org = await organisation('Fjordlys Energi AS')
    const dup = await organisation('FJORDLYS ENERGI AS')
    const a = await application(dup.id)
    await made(mergeOrganisations(org.id, dup.id))
    // The merge moved the application to the survivor; one left on the duplicate (an older copy's) too.
    const left = await application(dup.id)
    await trashOrganisation(org.id)
    await emptyTrash()

    for (const id of [a.id, left.id]) {
      const stored = (await db().applications.get(id)) as Application
      expect(stored.answers.map((x) => x.answer)).toEqual(['', '', ''])
      expect(stored.source).toBe('')
    }
  })
})
