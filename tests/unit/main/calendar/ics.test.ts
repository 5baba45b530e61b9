/** Calendar files read back by a real iCalendar parser (ical.js), as a calendar program would. */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildIcs, foldOctets, uidOf } from '../../../../electron/main/calendar/ics'
import { sampleEvent } from './calendar-fixtures'

const NOW = new Date('2027-05-05T08:00:00Z')

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent')
  expect(events).toHaveLength(1)
  const event = events[0]!
  const value = (name: string) => event.getFirstPropertyValue(name)
  return { calendar, event, value, method: calendar.getFirstPropertyValue('method') }
}

describe('an event calendar file', () => {
  it('is a meeting request with a stable UID, the SEQUENCE given, and the place', () => {
    const { value, method, calendar } = parse(buildIcs(sampleEvent({ sequence: 3 }), 'invitation', NOW))
    expect(method).toBe('REQUEST')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Oslo kommune//NFK Sekretariat//NO')
    expect(value('uid')).toBe('7f3c2a10-5b7e-4d1a-9c55-0a1b2c3d4e5f@nfk-sekretariat')
    expect(value('sequence')).toBe(3)
    expect(value('status')).toBe('CONFIRMED')
    expect(value('summary')).toBe('Signeringslunsj – Næring for klima')
    expect(value('location')).toBe('Oslo rådhus, Festsalen')
    expect(value('description')).toBe('Signering av klimakontrakter.\nOppmøte i vestibylen.')
    expect(value('organizer')).toBe('MAILTO:nfk@kli.oslo.kommune.no')
  })

  it('puts the Oslo times in UTC, summer time and winter time alike', () => {
    const summer = parse(buildIcs(sampleEvent(), 'invitation', NOW))
    expect(String(summer.value('dtstart'))).toBe('2027-06-10T09:30:00Z')
    expect(String(summer.value('dtend'))).toBe('2027-06-10T11:00:00Z')
    const winter = parse(buildIcs(sampleEvent({ date: '2027-12-02', startTime: '09:00', endTime: '11:30' }), 'invitation', NOW))
    expect(String(winter.value('dtstart'))).toBe('2027-12-02T08:00:00Z')
    expect(String(winter.value('dtend'))).toBe('2027-12-02T10:30:00Z')
    expect(String(winter.value('dtstamp'))).toBe('2027-05-05T08:00:00Z')
  })

  it('cancels with the same UID, a higher SEQUENCE, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const first = parse(buildIcs(sampleEvent({ sequence: 0 }), 'invitation', NOW))
    const cancel = parse(buildIcs(sampleEvent({ sequence: 1 }), 'cancellation', NOW))
    expect(cancel.method).toBe('CANCEL')
    expect(cancel.value('status')).toBe('CANCELLED')
    expect(cancel.value('uid')).toBe(first.value('uid'))
    expect(Number(cancel.value('sequence'))).toBeGreaterThan(Number(first.value('sequence')))
  })

  it('derives the UID from the event alone, so every file for the event is the same event', () => {
    const a = parse(buildIcs(sampleEvent({ title: 'Før', sequence: 0 }), 'invitation', NOW))
    const b = parse(buildIcs(sampleEvent({ title: 'Etter', sequence: 1 }), 'invitation', new Date()))
    expect(a.value('uid')).toBe(b.value('uid'))
    expect(uidOf('abc')).toBe('abc@nfk-sekretariat')
  })

  it('has CRLF line endings and no line longer than 75 octets, with æøå and Sami letters', () => {
    const title = 'Nettverksmøte: Čáhcegáttis, Máret Ŋuorra og Łódź møtes på Tøyen for å snakke om klimakrav i innkjøp'
    const ics = buildIcs(sampleEvent({ title, location: 'Oslo rådhus, Festsalen – inngang fra Fridtjof Nansens plass, øst' }), 'invitation', NOW)
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(parse(ics).value('summary')).toBe(title)
  })

  it('keeps a double quote in the organiser name from breaking its parameter', () => {
    const { event } = parse(buildIcs(sampleEvent({ organizer: { name: 'NFK "sekretariatet"', email: 'nfk@kli.oslo.kommune.no' } }), 'invitation', NOW))
    expect(event.getFirstProperty('organizer')?.getParameter('cn')).toBe("NFK 'sekretariatet'")
  })

  it('leaves out an empty place and description', () => {
    const ics = buildIcs(sampleEvent({ location: '', description: '' }), 'invitation', NOW)
    expect(ics).not.toMatch(/^(LOCATION|DESCRIPTION)/m)
  })
})

describe('folding by octets', () => {
  it('folds at 75 octets, never inside a character, and unfolds to the same text', () => {
    const line = `SUMMARY:x${'ø'.repeat(70)}`
    const folded = foldOctets(`${line}\r\n`)
    const lines = folded.split('\r\n')
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 0])
    expect(lines[1]!.startsWith(' ')).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`)
  })

  it('refolds what was folded by characters', () => {
    expect(foldOctets('A:abc\r\n\tdef\r\nB:x\r\n')).toBe('A:abcdef\r\nB:x\r\n')
  })
})
