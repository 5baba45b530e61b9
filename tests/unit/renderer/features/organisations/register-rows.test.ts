import { describe, expect, it } from 'vitest'
import { buildRows as buildEntryRows, emptyFilter, filterRows, foldSearchTexts, haystackOf, sortRows, withCriteria } from '../../../../../renderer/features/organisations/register-rows'
import { isActiveEntry, registerEntriesOf } from '../../../../../renderer/domain/organisation/register-entry'
import { registerCsv } from '../../../../../renderer/features/organisations/export'
import { seedOrganisations } from '../../../../fixtures/seed-organisations'
import type { Organisation, Person } from '../../../../../renderer/db/models'
import { compareNorwegian } from '../../../../../renderer/lib/collation'
import { foldText } from '../../../../../renderer/lib/text-fold'
import { criteriaNotMet } from '../../../../../renderer/domain/criteria/assessment'
import { CRITERION_KEYS } from '../../../../../renderer/domain/criteria/labels'
import type { CriteriaEvaluation } from '../../../../../renderer/domain/criteria/evaluate'

const data = seedOrganisations(130)
/** The rows from the tables, through the register's store's projection, as the page gets them. */
const buildRows = (orgs: readonly Organisation[], people: readonly Person[], ...criteria: Parameters<typeof buildEntryRows> extends [unknown, ...infer R] ? R : never) =>
  buildEntryRows(registerEntriesOf(orgs, people).filter(isActiveEntry), ...criteria)
const rows = buildRows(data.organisations, data.people)
const renamed = (names: string[]) =>
  buildRows(
    names.map((name, i) => ({ ...data.organisations[i]!, name }) satisfies Organisation),
    [],
  )

describe('the register rows', () => {
  it('sort by name with æ, ø and å after z, both ways', () => {
    const sample = renamed(['Åsen Bygg AS', 'Zeta Data AS', 'Ærlig Mat AS', 'Øst Energi AS', 'alfa AS', 'Bølgen AS'])
    const names = (key: 'asc' | 'desc') => sortRows(sample, { key: 'name', direction: key }).map((r) => r.org.name)
    expect(names('asc')).toEqual(['alfa AS', 'Bølgen AS', 'Zeta Data AS', 'Ærlig Mat AS', 'Øst Energi AS', 'Åsen Bygg AS'])
    expect(names('desc')).toEqual(names('asc').toReversed())
  })

  it('sort every text column in exactly the Norwegian collator’s order, whatever order the rows come in', () => {
    // The rough pre-order (lower case, code points) disagrees with Norwegian for æ ø å, accents,
    // case and numbers: the result must still be the collator's.
    const tricky = renamed(['Å AS', 'aa AS', 'Æ AS', 'ø AS', 'Z AS', 'é AS', 'e AS', 'E2 AS', 'E10 AS', 'Ø AS', 'ÆRLIG AS', 'Łódź AS', 'lodz AS', 'Ö AS', '10 AS', '9 AS'])
    const shuffled = [...rows.slice(0, 60), ...tricky].toReversed()
    for (const direction of ['asc', 'desc'] as const) {
      const sign = direction === 'asc' ? 1 : -1
      for (const [key, text] of [
        ['name', (r: (typeof rows)[number]) => r.org.name],
        ['sector', (r: (typeof rows)[number]) => r.org.sector],
        ['climateContact', (r: (typeof rows)[number]) => r.climateContact?.name ?? ''],
      ] as const) {
        const sorted = sortRows(shuffled, { key, direction }).filter((r) => text(r) !== '')
        for (let i = 1; i < sorted.length; i++) expect(sign * compareNorwegian(text(sorted[i - 1]!), text(sorted[i]!))).toBeLessThanOrEqual(0)
      }
    }
  })

  it('put organisations without a signing date last whichever way the column is sorted', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = sortRows(rows, { key: 'signedDate', direction })
      const firstEmpty = sorted.findIndex((r) => !r.org.signedDate)
      expect(sorted.slice(firstEmpty).every((r) => !r.org.signedDate)).toBe(true)
    }
  })

  it('find by folded name, by org. number with or without spaces, and by a person', () => {
    const lodz = filterRows(rows, { ...emptyFilter(), query: 'lodz' })
    expect(lodz.map((r) => r.org.name)).toEqual(['Łódź Logistikk AS'])
    expect(filterRows(rows, { ...emptyFilter(), query: 'oystein' }).some((r) => r.org.name === 'Øystein Berg Rådgivning AS')).toBe(true)
    const number = data.organisations[10]!.orgNumber
    const spaced = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`
    expect(filterRows(rows, { ...emptyFilter(), query: spaced }).map((r) => r.org.id)).toEqual([data.organisations[10]!.id])
    expect(filterRows(rows, { ...emptyFilter(), query: number }).map((r) => r.org.id)).toEqual([data.organisations[10]!.id])
    const person = data.people[30]!
    expect(filterRows(rows, { ...emptyFilter(), query: person.name }).map((r) => r.org.id)).toContain(person.organisationId)
  })

  it('combine filters: tier, status, sector and criteria not met', () => {
    const partnersMembers = filterRows(rows, { ...emptyFilter(), tier: 'partner', status: 'medlem' })
    expect(partnersMembers.length).toBeGreaterThan(0)
    expect(partnersMembers.every((r) => r.org.tier === 'partner' && r.org.status === 'medlem')).toBe(true)
    const notMet = filterRows(rows, { ...emptyFilter(), criteriaNotMet: true })
    expect(notMet.length).toBeGreaterThan(0)
    const full = new Map(data.organisations.map((o) => [o.id, o]))
    expect(notMet.every((r) => Object.values(full.get(r.org.id)!.criteria).some((c) => c.status === 'ikke-oppfylt' || c.status === 'delvis'))).toBe(true)
    expect(filterRows(rows, { ...emptyFilter(), sector: 'IKT' }).every((r) => r.org.sector === 'IKT')).toBe(true)
  })

  it('mark criteria not met exactly as criteriaNotMet does, without an evaluation and with one for some rows', () => {
    // The rows are built without criteriaNotMet's list of assessments per row: same answer for every row.
    const byId = new Map(data.organisations.map((o) => [o.id, o]))
    expect(rows.map((r) => r.notMet)).toEqual(rows.map((r) => criteriaNotMet(byId.get(r.org.id)!)))
    expect(rows.some((r) => r.notMet) && rows.some((r) => !r.notMet)).toBe(true)
    const met = Object.fromEntries(CRITERION_KEYS.map((key) => [key, { status: 'met', evidence: null }])) as unknown as CriteriaEvaluation
    const evaluations = new Map(rows.filter((_, i) => i % 2 === 0).map((r) => [r.org.id, met]))
    expect(withCriteria(rows, evaluations).map((r) => r.notMet)).toEqual(rows.map((r) => criteriaNotMet(byId.get(r.org.id)!, evaluations.get(r.org.id))))
  })

  it('export the climate contact and top leader of each row', () => {
    const org = data.organisations[0]!
    const people = data.people.filter((p) => p.organisationId === org.id)
    const text = new TextDecoder().decode(registerCsv([{ org, people }]))
    const contact = people.find((p) => p.roles.includes('klimakontakt'))!
    const leader = people.find((p) => p.roles.includes('toppleder'))!
    expect(rows.find((r) => r.org.id === org.id)!.climateContact!.name).toBe(contact.name)
    expect(text).toContain(contact.name)
    expect(text).toContain(contact.email)
    expect(text).toContain(leader.name)
  })
})

const standing = (id: string, failed: boolean, risk: boolean) => ({
  organisationId: id,
  year: 2026,
  lastYear: failed
    ? { year: 2025, member: true as const, failed: [{ key: 'participation' as const, label: 'Deltakelse', text: 'Deltok ikke på noe møte i nettverket i 2025.' }], pending: [] }
    : { year: 2025, member: true as const, failed: [], pending: [] },
  progress: [],
  atRisk: risk ? [{ key: 'participation' as const, label: 'Deltakelse', text: 'Ingen møter ennå.' }] : [],
})

describe('the register’s criteria standing', () => {
  const orgs = data.organisations.slice(0, 4)
  const standings = new Map([
    [orgs[0]!.id, standing(orgs[0]!.id, true, true)],
    [orgs[1]!.id, standing(orgs[1]!.id, true, false)],
    [orgs[2]!.id, standing(orgs[2]!.id, false, true)],
  ])
  const withStanding = buildRows(orgs, [], undefined, standings)
  const ids = (filter: Partial<ReturnType<typeof emptyFilter>>) => filterRows(withStanding, { ...emptyFilter(), ...filter }).map((r) => r.org.id)

  it('filter on last year’s failures and on this year’s risk, alone and together', () => {
    expect(ids({ failedLastYear: true })).toEqual([orgs[0]!.id, orgs[1]!.id])
    expect(ids({ atRisk: true })).toEqual([orgs[0]!.id, orgs[2]!.id])
    expect(ids({ failedLastYear: true, atRisk: true })).toEqual([orgs[0]!.id])
  })

  it('get the flags added later in the order they were sorted, without folding names again', () => {
    const plain = sortRows(buildRows(orgs, []), { key: 'name', direction: 'desc' })
    const flagged = withCriteria(plain, undefined, standings)
    expect(flagged.map((r) => r.org.id)).toEqual(plain.map((r) => r.org.id))
    expect(flagged.map((r) => [r.failedLastYear, r.atRisk, r.search])).toEqual(
      plain.map((r) => [r.org.id === orgs[0]!.id || r.org.id === orgs[1]!.id, r.org.id === orgs[0]!.id || r.org.id === orgs[2]!.id, r.search]),
    )
    // The same search text, so a name folded for one is folded for both.
    expect(flagged.every((r, i) => r.search === plain[i]!.search)).toBe(true)
  })

  it('sort the most to follow up first, and those with nothing to follow up last both ways', () => {
    expect(sortRows(withStanding, { key: 'criteria', direction: 'asc' }).map((r) => r.org.id)).toEqual(orgs.map((o) => o.id))
    expect(sortRows(withStanding, { key: 'criteria', direction: 'desc' }).at(-1)!.org.id).toBe(orgs[3]!.id)
  })
})

describe('the register’s search text', () => {
  const orgs = data.organisations.slice(0, 40)
  const people = data.people.filter((p) => orgs.some((o) => o.id === p.organisationId))

  it('is folded only when a search needs it, and then finds people’s names without accents', () => {
    const rows = buildRows(orgs, people)
    expect(rows.every((r) => r.search.folded === undefined)).toBe(true)
    // No query: nothing to fold.
    expect(filterRows(rows, emptyFilter())).toHaveLength(40)
    expect(rows.every((r) => r.search.folded === undefined)).toBe(true)
    const person = people.find((p) => /[øåæ]/i.test(p.name))!
    const accentFree = person.name.toLowerCase().replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae')
    expect(filterRows(rows, { ...emptyFilter(), query: accentFree }).map((r) => r.org.id)).toContain(person.organisationId)
  })

  it('folded ahead in slices is the same as folded on demand, and the slices cover every row', () => {
    const ahead = buildRows(orgs, people)
    let at = 0
    let slices = 0
    while (at < ahead.length) {
      at = foldSearchTexts(ahead, at, 0)
      slices++
    }
    expect(at).toBe(40)
    expect(slices).toBe(1)
    const onDemand = buildRows(orgs, people)
    expect(ahead.map((r) => r.search.folded)).toEqual(onDemand.map(haystackOf))
    expect(ahead.every((r) => r.search.folded && r.search.folded === r.search.folded.toLowerCase())).toBe(true)
  })

  it('while folding, a search looks only in the folded rows and folds none; with no query every row shows', () => {
    const rows = buildRows(orgs, people)
    // The first half folded, as after some idle slices.
    rows.slice(0, 20).forEach(haystackOf)
    const query = foldText(rows[0]!.org.name).split(/\s+/)[0]!
    const everywhere = filterRows(buildRows(orgs, people), { ...emptyFilter(), query }).map((r) => r.org.id)
    const firstHalf = new Set(rows.slice(0, 20).map((r) => r.org.id))
    const partial = filterRows(rows, { ...emptyFilter(), query }, true).map((r) => r.org.id)
    expect(partial).toContain(rows[0]!.org.id)
    expect(partial).toEqual(everywhere.filter((id) => firstHalf.has(id)))
    expect(rows.slice(20).every((r) => r.search.folded === undefined)).toBe(true)
    expect(filterRows(rows, emptyFilter(), true)).toHaveLength(40)
  })
})
