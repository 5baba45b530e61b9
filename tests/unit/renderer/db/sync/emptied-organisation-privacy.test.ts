/**
 * An organisation emptied from the trash on one laptop leaves none of its field values on the other
 * laptop that learns of it through the folder: not in its history, not in the history of a lunch
 * that quoted its name, not in that laptop's export, and not in any file left in the folder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { historyOf } from '../../../../../renderer/db/repositories/base'
import { exportDatabase } from '../../../../../renderer/db/repositories/backup-repo'
import { recordHistory } from '../../../../../renderer/db/repositories/history-repo'
import { createLunch, inviteOrganisation } from '../../../../../renderer/db/repositories/lunches-repo'
import { createOrganisation, emptyOrganisationInput, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { mergeOrganisations } from '../../../../../renderer/db/repositories/merge-repo'
import { emptyTrash, trashOrganisation } from '../../../../../renderer/db/repositories/trash-repo'
import { encodeEnvelope } from '../../../../../renderer/domain/backup/envelope'
import { made } from '../../db-helpers'
import { on, sync, twoLaptops, type Laptop } from './memory-folder'

const later = () => vi.advanceTimersByTime(5)

const INPUT = { ...emptyOrganisationInput(), name: 'Fjordlys Energi AS', orgNumber: '923456783' }
/** What the organisation held, and what Ola wrote into it: each must be gone everywhere. */
const VALUES = ['Fjordlys Energi', '923456783', 'Nei takk til kontrakt i år']

/** What a user of laptop `l` could read: the organisation's and the lunch's history, and an export. */
async function readable(l: Laptop, orgId: string, lunchId: string): Promise<string> {
  on(l)
  const history = [await recordHistory('organisations', orgId), await historyOf('events', lunchId)]
  return JSON.stringify(history) + new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))
}

describe('an organisation emptied on another laptop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 1, 7) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('leaves none of its values in history, export or folder on either laptop', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => {
      const org = await made(createOrganisation(INPUT, { status: 'godkjent', date: '2026-01-10', note: '' }))
      const lunch = await createLunch({ date: '2026-12-03', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
      await made(inviteOrganisation(lunch.id, org.id))
      return { org, lunch }
    })
    const { org, lunch } = seeded
    // Ola writes the note (his history entry and his file hold it); Kari gets it, then empties.
    on(ola)
    later()
    await made(updateOrganisation(org.id, { ...INPUT, notes: 'Nei takk til kontrakt i år' }))
    await sync(folder, ola)
    await sync(folder, kari)
    expect(await readable(kari, org.id, lunch.id)).toContain('Nei takk til kontrakt i år')
    on(kari)
    later()
    await trashOrganisation(org.id)
    await emptyTrash()
    for (let round = 0; round < 2; round++) for (const l of [kari, ola]) await sync(folder, l)

    for (const l of [kari, ola]) {
      const text = await readable(l, org.id, lunch.id)
      for (const v of VALUES) expect(text, `${l.name}: ${v}`).not.toContain(v)
    }
    for (const v of VALUES) expect(folder.text(), v).not.toContain(v)
    // Both laptops show the same history.
    on(kari)
    const atKari = await recordHistory('organisations', org.id)
    on(ola)
    expect(await recordHistory('organisations', org.id)).toEqual(atKari)
  })

  it('leaves nothing of a duplicate merged into it, whose late history the organisation’s page reads', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => ({
      org: await made(createOrganisation(INPUT)),
      copy: await made(createOrganisation({ ...INPUT, orgNumber: '', name: 'FJORDLYS ENERGI AS' })),
    }))
    const { org, copy } = seeded
    // Kari merges the copy in; Ola, not having seen it, writes a note on the copy (his entry stays
    // under the copy: sync never moves history, the page reads it from there).
    on(kari)
    later()
    await made(mergeOrganisations(org.id, copy.id))
    on(ola)
    later()
    await made(updateOrganisation(copy.id, { ...INPUT, orgNumber: '', name: 'FJORDLYS ENERGI AS', notes: 'Nei takk til kontrakt i år' }))
    for (const l of [kari, ola, kari]) await sync(folder, l)
    on(kari)
    expect(JSON.stringify(await recordHistory('organisations', org.id))).toContain('Nei takk til kontrakt i år')
    later()
    await trashOrganisation(org.id)
    await emptyTrash()
    for (let round = 0; round < 2; round++) for (const l of [kari, ola]) await sync(folder, l)

    for (const l of [kari, ola]) {
      on(l)
      const text = (JSON.stringify(await recordHistory('organisations', org.id)) + new TextDecoder().decode(encodeEnvelope(await exportDatabase({ appVersion: '1' })))).toLowerCase()
      for (const v of VALUES) expect(text, `${l.name}: ${v}`).not.toContain(v.toLowerCase())
    }
    for (const v of VALUES) expect(folder.text().toLowerCase(), v).not.toContain(v.toLowerCase())
  })

  it('leaves nothing in history another laptop wrote about it before it learned of the emptying', async () => {
    const { folder, kari, ola, seeded } = await twoLaptops(async () => ({ org: await made(createOrganisation(INPUT, { status: 'godkjent', date: '2026-01-10', note: '' })) }))
    const { org } = seeded
    // Ola invites the organisation to a new lunch (the lunch's history quotes its name) while Kari,
    // who has not seen that, empties it from the trash.
    on(ola)
    later()
    const lunch = await createLunch({ date: '2026-12-10', startTime: '11:30', endTime: '13:00', place: 'Oslo rådhus', room: 'Festsalen' })
    await made(inviteOrganisation(lunch.id, org.id))
    expect(JSON.stringify(await historyOf('events', lunch.id))).toContain('Fjordlys Energi')
    on(kari)
    later()
    await trashOrganisation(org.id)
    await emptyTrash()
    // Ola's push after learning of it is two files (what he wrote before it, then what it changed
    // there): a third round brings the second to Kari.
    for (let round = 0; round < 3; round++) for (const l of [kari, ola]) await sync(folder, l)

    for (const l of [kari, ola]) {
      const text = await readable(l, org.id, lunch.id)
      for (const v of VALUES) expect(text, `${l.name}: ${v}`).not.toContain(v)
    }
    for (const v of VALUES) expect(folder.text(), v).not.toContain(v)
    on(kari)
    const atKari = await historyOf('events', lunch.id)
    on(ola)
    expect(await historyOf('events', lunch.id)).toEqual(atKari)
  })
})
