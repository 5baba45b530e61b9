import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { PUBLIC_LIST_HEADERS, publicMemberCsv, publicMembers } from '../../../../renderer/domain/organisation/public-list'
import { seedOrganisations } from '../../../fixtures/seed-organisations'
import { organisation, statusEvent } from '../../../shared/year-fixtures'

const parse = (bytes: Uint8Array) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  expect(text.startsWith('\uFEFF')).toBe(true)
  return { text, rows: Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data }
}

describe('the public member list for the website', () => {
  const data = seedOrganisations(130)
  const { text, rows } = parse(publicMemberCsv(publicMembers(data.organisations, data.statusEvents)))

  it('has three public columns and one row per member today, in Norwegian order', () => {
    expect(rows[0]).toEqual(PUBLIC_LIST_HEADERS)
    expect(rows[0]).toEqual(['Virksomhet', 'Medlem eller partner', 'Signert år'])
    const members = data.organisations.filter((o) => o.status === 'medlem' && o.deletedAt === null)
    expect(rows.length - 1).toBe(members.length)
    expect(rows.slice(1).every((r) => r.length === 3 && (r[1] === 'Medlem' || r[1] === 'Partner') && /^\d{4}$/.test(r[2]!))).toBe(true)
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(members.map((o) => o.name)))
  })

  it('never carries a person, an e-mail address, a phone number or the other organisation fields', () => {
    const people = data.people.filter((p) => p.email || p.phone)
    expect(people.length).toBeGreaterThan(50)
    expect(text).not.toContain('@')
    for (const p of data.people) {
      if (p.email) expect(text).not.toContain(p.email)
      if (p.phone) expect(text).not.toContain(p.phone)
    }
    // A person's name may be part of an organisation's name ("Øystein Berg Rådgivning AS"), never a cell of its own.
    const names = new Set(data.people.map((p) => p.name))
    expect(rows.flat().filter((cell) => names.has(cell))).toEqual([])
    for (const o of data.organisations) {
      if (o.orgNumber) expect(text).not.toContain(o.orgNumber)
      if (o.notes) expect(text).not.toContain(o.notes)
      if (o.address.street) expect(text).not.toContain(o.address.street)
    }
  })

  it('leaves out applicants, former members and the trash, and dates a member without a signing date by its status history', () => {
    const list = publicMembers(
      [
        organisation('a', 'Åpen Energi AS', { tier: 'partner', signedDate: '2023-06-01' }),
        organisation('b', 'Berg Bygg AS', { signedDate: null }),
        organisation('s', 'Søker AS', { status: 'soker' }),
        organisation('u', 'Utmeldt AS', { status: 'utmeldt', signedDate: '2020-01-01' }),
        organisation('d', 'Slettet AS', { deletedAt: '2026-01-01T00:00:00.000Z' }),
      ],
      [statusEvent('b', 'medlem', '2025-09-10'), statusEvent('b', 'medlem', '2026-02-01')],
    )
    expect(list).toEqual([
      { name: 'Berg Bygg AS', tier: 'Medlem', yearSigned: 2025 },
      { name: 'Åpen Energi AS', tier: 'Partner', yearSigned: 2023 },
    ])
  })
})
