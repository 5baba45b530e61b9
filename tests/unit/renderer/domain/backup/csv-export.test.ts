import { describe, expect, it } from 'vitest'
import { buildCsv } from '../../../../../renderer/domain/backup/csv-export'
import { meetingEvent, organisation, person, registration } from './seed'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

describe('CSV exports for Excel', () => {
  const org = organisation('Sjø; Sand «AS»', { signedDate: '2026-11-28', status: 'medlem', tier: 'partner' })
  const gone = organisation('Slettet AS', { deletedAt: '2026-11-01T00:00:00.000Z' })
  const kari = person(String(org.id), '=HYPERLINK("x")')
  const event = meetingEvent('Nettverksmøte')
  const data = { organisations: [org, gone], people: [kari], events: [event], registrations: [registration(String(event.id), String(org.id), String(kari.id))], annualReports: [] }

  it('writes organisations with BOM, semicolons, Norwegian dates and labels, and leaves the trash out', () => {
    const csv = text(buildCsv('organisations', data))
    expect(csv.startsWith('\uFEFFNavn;Organisasjonsnummer;Status;Nivå;Signert')).toBe(true)
    expect(csv).toContain('"Sjø; Sand «AS»";974760673;Partner;Partner;28.11.2026;')
    expect(csv).not.toContain('Slettet AS')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('says a signed partner is a partner and a signed member a member, in the status column too', () => {
    const member = organisation('Berg AS', { status: 'medlem', tier: 'medlem' })
    const invited = organisation('Invitert Partner AS', { status: 'invitert', tier: 'partner' })
    const lines = text(buildCsv('organisations', { ...data, organisations: [org, member, invited] })).split('\r\n')
    expect(lines.find((l) => l.startsWith('"Sjø'))?.split(';').slice(3, 5)).toEqual(['Partner', 'Partner'])
    expect(lines.find((l) => l.startsWith('Berg AS'))?.split(';').slice(2, 4)).toEqual(['Medlem', 'Medlem'])
    expect(lines.find((l) => l.startsWith('Invitert Partner AS'))?.split(';').slice(2, 4)).toEqual(['Invitert', 'Partner'])
  })

  it('neutralises formulas in people and joins attendance to event, organisation and person', () => {
    expect(text(buildCsv('people', data))).toContain(`'=HYPERLINK(""x"")`)
    const attendance = text(buildCsv('attendance', data)).split('\r\n')[1]
    expect(attendance).toBe(`04.05.2026;Nettverksmøte;Nettverksmøte;"Sjø; Sand «AS»";"'=HYPERLINK(""x"")";Møtt`)
  })
})
