import { describe, expect, it } from 'vitest'
import { osloToUtc } from '../../../../electron/main/calendar/oslo-time'

const utc = (date: string, time: string) => osloToUtc(date, time).toISOString()

describe('Oslo time to UTC', () => {
  it('takes one hour off in winter and two in summer', () => {
    expect(utc('2027-01-14', '09:00')).toBe('2027-01-14T08:00:00.000Z')
    expect(utc('2027-06-10', '11:30')).toBe('2027-06-10T09:30:00.000Z')
    expect(utc('2026-12-03', '00:15')).toBe('2026-12-02T23:15:00.000Z')
  })

  it('switches on the last Sunday of March and of October, not before', () => {
    expect(utc('2027-03-27', '12:00')).toBe('2027-03-27T11:00:00.000Z')
    expect(utc('2027-03-28', '01:59')).toBe('2027-03-28T00:59:00.000Z')
    expect(utc('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z')
    expect(utc('2027-10-30', '12:00')).toBe('2027-10-30T10:00:00.000Z')
    expect(utc('2027-10-31', '12:00')).toBe('2027-10-31T11:00:00.000Z')
  })

  it('moves a time that does not exist (the spring hour) forward by the gap', () => {
    expect(utc('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z')
  })

  it('takes the first of a time that happens twice (the autumn hour)', () => {
    expect(utc('2027-10-31', '02:30')).toBe('2027-10-31T00:30:00.000Z')
  })

  it('does not depend on the time zone of the computer it runs on', () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'America/New_York'
      expect(utc('2027-06-10', '11:30')).toBe('2027-06-10T09:30:00.000Z')
    } finally {
      process.env.TZ = zone
    }
  })
})
