import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson } from '../../../../../renderer/db/repositories/people-repo'
import { addSector } from '../../../../../renderer/db/repositories/sectors-repo'
import { createEvent } from '../../../../../renderer/db/repositories/events-repo'
import { readRegisterRecords, watchRegisterTables, type RegisterTables } from '../../../../../renderer/db/repositories/register-repo'
import { removePerson } from '../../../../../renderer/db/repositories/people-repo'
import { freshDatabase, made } from '../../db-helpers'

const input = (name: string) => ({ ...emptyOrganisationInput(), name })

/** Watches the register; `next()` resolves with the next result it hands on. */
function watcher() {
  const results: RegisterTables[] = []
  let wake: (() => void) | null = null
  const stop = watchRegisterTables({
    next: (tables) => {
      results.push(tables)
      wake?.()
    },
    error: (error) => {
      throw error
    },
  })
  const next = async (count: number) => {
    while (results.length < count) await new Promise<void>((resolve) => (wake = resolve))
    return results[count - 1]!
  }
  return { results, next, stop }
}

describe('the register watch', () => {
  let stop: (() => void) | undefined
  beforeEach(async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
  })
  afterEach(() => stop?.())

  it('reads at once, and again after each change to organisations, people or sectors', async () => {
    const org = await made(createOrganisation(input('Aker Sol AS')))
    const w = watcher()
    stop = w.stop
    expect((await w.next(1)).active.map((o) => o.name)).toEqual(['Aker Sol AS'])

    await made(updateOrganisation(org.id, { ...input('Aker Vind AS') }))
    expect((await w.next(2)).active.map((o) => o.name)).toEqual(['Aker Vind AS'])
    await made(addPerson(org.id, { name: 'Kari Berg', title: '', email: 'kari@aker.no', phone: '', roles: ['klimakontakt'] }))
    expect((await w.next(3)).active.map((o) => [o.people, o.contact])).toEqual([[['Kari Berg'], 'Kari Berg']])
    await addSector('Romfart')
    expect((await w.next(4)).sectors).toContain('Romfart')
  })

  it('does not read again for a change elsewhere, nor after it stopped', async () => {
    await made(createOrganisation(input('Aker Sol AS')))
    const w = watcher()
    await w.next(1)
    await made(createEvent({ kind: 'nettverksmote', title: 'Nettverksmøte', date: '01.12.2026', startTime: '08:00', endTime: '10:00', place: 'Oslo', room: '', capacity: '', notes: '' }))
    // Let a read the change would wrongly start finish.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(w.results).toHaveLength(1)
    w.stop()
    await made(createOrganisation(input('Berg Bygg AS')))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(w.results).toHaveLength(1)
  })
})

describe('the full records behind the register’s rows (for its export)', () => {
  beforeEach(async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
  })

  it('come in the order asked, each with its live people, and leave out an id that is not there', async () => {
    const aker = await made(createOrganisation({ ...input('Aker Sol AS'), website: 'https://aker.no' }))
    const berg = await made(createOrganisation(input('Berg Bygg AS')))
    const kari = await made(addPerson(aker.id, { name: 'Kari Berg', title: '', email: 'kari@aker.no', phone: '22 22 22 22', roles: ['klimakontakt'] }))
    const gone = await made(addPerson(aker.id, { name: 'Per Borte', title: '', email: '', phone: '', roles: ['toppleder'] }))
    await removePerson(gone.id)
    const records = await readRegisterRecords([berg.id, 'missing', aker.id])
    expect(records.map((r) => [r.org.name, r.org.website, r.people.map((p) => [p.id, p.phone])])).toEqual([
      ['Berg Bygg AS', '', []],
      ['Aker Sol AS', 'https://aker.no', [[kari.id, '22 22 22 22']]],
    ])
  })
})
