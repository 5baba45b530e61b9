/** A network four times today's size: 600 organisations with history, people, contracts and attendance. */
import type { YearTables } from '../renderer/domain/criteria/build-year'
import { attended, contract, meeting, organisation, person, statusEvent } from '../tests/shared/year-fixtures'

const ORGS = 600
const EVENTS = 40

export function network(): YearTables {
  const t: YearTables = { organisations: [], statusEvents: [], people: [], contracts: [], events: [], registrations: [], annualReports: [] }
  for (let e = 0; e < EVENTS; e++) {
    const kinds = ['nettverksmote', 'toppledermote', 'partnersamling', 'signeringslunsj'] as const
    t.events.push(meeting(`e${e}`, kinds[e % 4]!, `2025-${String((e % 12) + 1).padStart(2, '0')}-15`))
  }
  for (let i = 0; i < ORGS; i++) {
    const id = `o${i}`
    t.organisations.push(organisation(id, `Virksomhet ${i}`, { tier: i % 5 === 0 ? 'partner' : 'medlem' }))
    t.statusEvents.push(statusEvent(id, 'soker', '2021-01-01'), statusEvent(id, 'medlem', `202${i % 6}-0${(i % 9) + 1}-01`))
    if (i % 7 === 0) t.statusEvents.push(statusEvent(id, 'utmeldt', '2024-06-30'))
    t.people.push(person(`${id}-l`, id, 'Leder', ['toppleder']), person(`${id}-k`, id, 'Klima', ['klimakontakt'], `k${i}@x.no`))
    t.contracts.push(contract(id, '2020-05-01', `${id}-l`))
    for (let r = 0; r < 6; r++) t.registrations.push(attended(`e${(i + r * 7) % EVENTS}`, id, r % 2 ? `${id}-l` : `${id}-k`))
  }
  return t
}

