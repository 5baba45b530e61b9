import { describe, expect, it } from 'vitest'
import { emptyEventForm, formatTimeRange, parseEventForm, parseTime } from '../../../../../renderer/domain/event/event-form'
import { eventForm } from './seed'

describe('the event form', () => {
  it('reads Norwegian dates and times, and shows "kl. 09.00–11.30"', () => {
    const parsed = parseEventForm(eventForm({ date: '3.6.2027', startTime: '9', endTime: '11:30', capacity: '80' }))
    expect(parsed).toMatchObject({ ok: true, input: { date: '2027-06-03', startTime: '09:00', endTime: '11:30', capacity: 80 } })
    expect(formatTimeRange('09:00', '11:30')).toBe('kl. 09.00–11.30')
    expect(parseTime('0930')).toBe('09:30')
    expect(parseTime('25.00')).toBeNull()
  })

  it('says what is wrong at each bad field', () => {
    const parsed = parseEventForm({ ...emptyEventForm(), date: '31.02.2027', startTime: '11.00', endTime: '10.00', capacity: '0', place: ' ' })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toEqual({
      title: 'Tittel må fylles ut.',
      date: 'Skriv datoen som dd.mm.åååå (eksempel: 28.11.2026).',
      endTime: 'Sluttid må være etter starttid.',
      place: 'Sted må fylles ut.',
      capacity: 'Kapasitet må være et helt tall større enn 0, eller tomt for ubegrenset.',
    })
  })

  it('starts at Oslo rådhus', () => {
    expect(emptyEventForm().place).toBe('Oslo rådhus')
  })
})
