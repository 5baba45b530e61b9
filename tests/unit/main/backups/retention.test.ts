import { describe, expect, it } from 'vitest'
import type { BackupReason } from '../../../../electron/shared/channels/backup'
import { chooseKept, dayInOslo, type Candidate } from '../../../../electron/main/backups/retention'

const backup = (at: string, reason: BackupReason = 'close'): Candidate => ({ name: `${at}-${reason}`, at, reason })
const kept = (backups: Candidate[], now: string) => [...chooseKept(backups, new Date(now))].sort()

/** One `reason` backup at `hour` UTC on each of `days` consecutive days ending on `last`. */
function daily(last: string, days: number, hour = 15, reason: BackupReason = 'close'): Candidate[] {
  const end = Date.parse(`${last}T${String(hour).padStart(2, '0')}:00:00.000Z`)
  return Array.from({ length: days }, (_, i) => backup(new Date(end - (days - 1 - i) * 86_400_000).toISOString(), reason))
}

describe('chooseKept', () => {
  it('keeps everything while there are 14 or fewer', () => {
    const fourteen = Array.from({ length: 14 }, (_, i) => backup(`2026-11-28T08:${String(i).padStart(2, '0')}:00.000Z`))
    expect(kept(fourteen, '2026-11-28T20:00:00.000Z')).toEqual(fourteen.map((b) => b.name).sort())
  })

  it('keeps the newest 14 of one day, and of older days only the last', () => {
    const today = Array.from({ length: 20 }, (_, i) => backup(`2026-11-28T08:${String(i).padStart(2, '0')}:00.000Z`))
    const yesterday = [backup('2026-11-27T08:00:00.000Z'), backup('2026-11-27T19:00:00.000Z')]
    expect(kept([...today, ...yesterday], '2026-11-28T20:00:00.000Z')).toEqual(
      [...today.slice(6).map((b) => b.name), '2026-11-27T19:00:00.000Z-close'].sort(),
    )
  })

  it('keeps the last of each of the last 30 days, counting today, and not the 31st day back', () => {
    // Five a day for 40 days: the newest 14 are the 28th's and 27th's five, and four of the 26th.
    const backups = [8, 10, 12, 14, 16].flatMap((hour) => daily('2026-11-28', 40, hour))
    const result = new Set(kept(backups, '2026-11-28T20:00:00.000Z'))
    for (const b of daily('2026-11-28', 30, 16)) expect(result.has(b.name), b.at).toBe(true)
    expect(result.has('2026-10-29T16:00:00.000Z-close')).toBe(false)
    expect(result.has('2026-10-30T16:00:00.000Z-close')).toBe(true)
    expect(result.has('2026-10-30T14:00:00.000Z-close')).toBe(false)
    expect(result.has('2026-11-26T10:00:00.000Z-close')).toBe(true)
    expect(result.has('2026-11-26T08:00:00.000Z-close')).toBe(false)
  })

  it('keeps the last of each of the last 12 months, counting this month, and not the 13th', () => {
    const backups = daily('2026-11-28', 500)
    const result = kept(backups, '2026-11-28T20:00:00.000Z')
    const older = result.filter((name) => name < '2026-10-30')
    expect(older).toEqual([
      '2025-12-31T15:00:00.000Z-close',
      '2026-01-31T15:00:00.000Z-close',
      '2026-02-28T15:00:00.000Z-close',
      '2026-03-31T15:00:00.000Z-close',
      '2026-04-30T15:00:00.000Z-close',
      '2026-05-31T15:00:00.000Z-close',
      '2026-06-30T15:00:00.000Z-close',
      '2026-07-31T15:00:00.000Z-close',
      '2026-08-31T15:00:00.000Z-close',
      '2026-09-30T15:00:00.000Z-close',
    ])
    // October's last backup (the 31st) is also one of the last 30 days; 30 days in all from 30.10.
    expect(result.filter((name) => name >= '2026-10-30')).toHaveLength(30)
    expect(result).toHaveLength(40)
  })

  it('judges days and months by Oslo time: 23:30 UTC on 31 December is already January in Oslo', () => {
    expect(dayInOslo(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01')
    expect(dayInOslo(new Date('2026-07-31T21:59:00.000Z'))).toBe('2026-07-31')
    expect(dayInOslo(new Date('2026-07-31T22:00:00.000Z'))).toBe('2026-08-01')
    const newYear = [backup('2026-12-31T20:00:00.000Z'), backup('2026-12-31T23:30:00.000Z')]
    const later = daily('2027-03-10', 20, 12, 'daily')
    const result = kept([...newYear, ...later], '2027-03-10T20:00:00.000Z')
    // 23:30 UTC is 00:30 on 1 January in Oslo: the last of January's, while 20:00 is December's last.
    expect(result).toContain('2026-12-31T20:00:00.000Z-close')
    expect(result).toContain('2026-12-31T23:30:00.000Z-close')
  })

  it('never lets automatic backups push out manual, before-import or before-upgrade ones', () => {
    const deliberate = [
      backup('2026-11-01T09:00:00.000Z', 'manual'),
      backup('2026-11-01T09:05:00.000Z', 'before-import'),
      backup('2026-11-01T09:10:00.000Z', 'before-upgrade'),
    ]
    const restarts = Array.from({ length: 500 }, (_, i) => backup(new Date(Date.parse('2026-11-28T06:00:00.000Z') + i * 60_000).toISOString()))
    const result = new Set(kept([...deliberate, ...restarts], '2026-11-28T20:00:00.000Z'))
    for (const b of deliberate) expect(result.has(b.name)).toBe(true)
    expect([...result].filter((n) => n.endsWith('-close'))).toHaveLength(14)
  })

  it('counts daily and close backups as one group', () => {
    const closes = Array.from({ length: 14 }, (_, i) => backup(`2026-11-28T09:${String(i).padStart(2, '0')}:00.000Z`))
    const morning = backup('2026-11-28T08:00:00.000Z', 'daily')
    expect(kept([morning, ...closes], '2026-11-28T20:00:00.000Z')).toEqual(closes.map((b) => b.name).sort())
  })

  it('never lets deliberate backups push out automatic ones either', () => {
    const close = backup('2026-11-28T08:00:00.000Z')
    const manual = Array.from({ length: 14 }, (_, i) => backup(`2026-11-28T09:${String(i).padStart(2, '0')}:00.000Z`, 'manual'))
    expect(kept([close, ...manual], '2026-11-28T20:00:00.000Z')).toContain(close.name)
  })

  it('judges the day in Oslo even when the laptop is set to another time zone', () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(dayInOslo(new Date('2026-06-15T23:30:00.000Z'))).toBe('2026-06-16')
      expect(dayInOslo(new Date('2026-01-15T22:30:00.000Z'))).toBe('2026-01-15')
    } finally {
      process.env.TZ = zone
    }
  })

  it('rotates deliberate backups by the same rule among themselves', () => {
    const manual = Array.from({ length: 20 }, (_, i) => backup(`2026-11-28T08:${String(i).padStart(2, '0')}:00.000Z`, 'manual'))
    const result = kept(manual, '2026-11-28T20:00:00.000Z')
    expect(result).toEqual(manual.slice(6).map((b) => b.name).sort())
  })

  it('breaks a tie in time by name, whichever order the files come in', () => {
    const at = '2026-11-28T08:00:00.000Z'
    const thirteenLater = Array.from({ length: 13 }, (_, i) => backup(`2026-11-28T09:${String(i).padStart(2, '0')}:00.000Z`))
    for (const names of [['b', 'a', 'c'], ['a', 'c', 'b'], ['c', 'b', 'a']]) {
      const tied = names.map((name) => ({ name, at, reason: 'close' as const }))
      // All on one day with newer ones: 13 newer and one of the three make the newest 14.
      const result = kept([...tied, ...thirteenLater], '2026-11-28T20:00:00.000Z')
      expect(result.filter((n) => n.length === 1)).toEqual(['c'])
    }
  })

  it('orders by time, not by name', () => {
    const older = { name: 'z-older', at: '2026-11-28T09:00:00.000Z', reason: 'close' as const }
    const newer = { name: 'a-newer', at: '2026-11-28T10:00:00.000Z', reason: 'close' as const }
    const many = Array.from({ length: 13 }, (_, i) => backup(`2026-11-28T11:${String(i).padStart(2, '0')}:00.000Z`))
    const result = kept([older, newer, ...many], '2026-11-28T20:00:00.000Z')
    expect(result).toContain('a-newer')
    expect(result).not.toContain('z-older')
  })
})
