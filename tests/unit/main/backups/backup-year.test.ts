/**
 * A year of use on two laptops that share a second folder, with a fake clock and real folders:
 * every start brings a daily backup if none was taken that day, every close one more (500 restarts
 * each), laptop A saves before each Monday's import, laptop B makes a manual copy on the 1st, and
 * one of A's copies fails its read-back. At the end, exactly the policy's backups remain.
 * Flushing to disk (fsync) is skipped: it is about power cuts, not about which files remain, and it
 * would make this test take half a minute.
 */
import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupReason } from '../../../../electron/shared/channels/backup'
import { BackupStore } from '../../../../electron/main/backups/backup-store'
import { realFs, type AtomicFs } from '../../../../electron/main/files/atomic-write'
import { envelope, LAPTOP_A, LAPTOP_B } from './envelopes'

const DAY = 86_400_000
const FIRST_DAY = Date.UTC(2026, 11, 1)
const DAYS = 365
const at = (day: number, hhmm: string) => new Date(FIRST_DAY + day * DAY + Date.parse(`1970-01-01T${hhmm}:00.000Z`))
const dateOf = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10)

type Planned = { at: Date; reason: BackupReason; fails?: boolean }

/** 135 of the 365 days, spread over the year, have a second restart at noon: 500 closes in all. */
const restartsAtNoon = (day: number) => (day * 135) % 365 < 135

function planA(): Planned[] {
  const plan: Planned[] = []
  for (let day = 0; day < DAYS; day++) {
    plan.push({ at: at(day, '07:32'), reason: 'daily' })
    if (new Date(FIRST_DAY + day * DAY).getUTCDay() === 1) plan.push({ at: at(day, '09:00'), reason: 'before-import' })
    if (restartsAtNoon(day)) plan.push({ at: at(day, '11:00'), reason: 'close' })
    plan.push({ at: at(day, '15:00'), reason: 'close', fails: dateOf(day) === '2027-11-18' })
  }
  return plan
}

function planB(): Planned[] {
  const plan: Planned[] = []
  for (let day = 0; day < DAYS; day++) {
    plan.push({ at: at(day, '06:02'), reason: 'daily' })
    if (dateOf(day).endsWith('-01')) plan.push({ at: at(day, '08:30'), reason: 'manual' })
    if (restartsAtNoon(day)) plan.push({ at: at(day, '10:00'), reason: 'close' })
    plan.push({ at: at(day, '14:00'), reason: 'close' })
  }
  return plan
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')
const nameOf = (p: Planned, installId: string) => `nfk-sikkerhetskopi-${stamp(p.at)}-${installId}-${p.reason}.json`

/**
 * What the policy must leave, spelled out for this schedule: in each group, the newest 14; the
 * last of each of the last 30 days; the last of each of the last 12 months (Oslo time; every
 * backup here falls on the same date in UTC and Oslo).
 */
function expected(plan: Planned[], installId: string): string[] {
  const end = plan.at(-1)?.at ?? new Date()
  const lastDays = new Set(Array.from({ length: 30 }, (_, i) => new Date(end.getTime() - i * DAY).toISOString().slice(0, 10)))
  const firstMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1)).toISOString().slice(0, 7)
  const keep = new Set<string>()
  for (const automatic of [true, false]) {
    const group = plan.filter((p) => !p.fails && (p.reason === 'daily' || p.reason === 'close') === automatic)
    for (const p of group.slice(-14)) keep.add(nameOf(p, installId))
    const lastOfDay = new Map<string, Planned>()
    const lastOfMonth = new Map<string, Planned>()
    for (const p of group) {
      lastOfDay.set(p.at.toISOString().slice(0, 10), p)
      lastOfMonth.set(p.at.toISOString().slice(0, 7), p)
    }
    for (const [day, p] of lastOfDay) if (lastDays.has(day)) keep.add(nameOf(p, installId))
    for (const [month, p] of lastOfMonth) if (month >= firstMonth) keep.add(nameOf(p, installId))
  }
  return [...keep].sort()
}

const backupsIn = (folder: string, installId?: string) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.json') && (!installId || n.includes(installId)))
    .sort()

describe('a year of backups on two laptops sharing a folder', () => {
  it('keeps exactly the newest 14, the last of each of 30 days and of 12 months, per laptop, and never the other laptop’s', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'backup-year-'))
    const share = path.join(root, 'Felles')
    let clock = new Date(FIRST_DAY)
    let failNext = false
    const noSync: AtomicFs = {
      ...realFs,
      open: async (file, flags) => ({ ...(await realFs.open(file, flags)), sync: async () => {} }),
    }
    // A disk that returns other bytes on read-back, once, when asked to.
    const fs: AtomicFs = {
      ...noSync,
      readFile: async (file) => {
        const bytes = await realFs.readFile(file)
        return failNext && !file.includes('.meta.') ? bytes.subarray(1) : bytes
      },
    }
    const laptops = [
      { installId: LAPTOP_A, user: 'Kari', plan: planA(), store: new BackupStore(path.join(root, 'A'), async () => share, { now: () => clock, fs }) },
      { installId: LAPTOP_B, user: 'Ola', plan: planB(), store: new BackupStore(path.join(root, 'B'), async () => share, { now: () => clock, fs: noSync }) },
    ]
    expect(laptops.map((l) => l.plan.filter((p) => p.reason === 'close').length)).toEqual([500, 500])

    const timeline = laptops
      .flatMap((laptop) => laptop.plan.map((p) => ({ laptop, p })))
      .sort((x, y) => x.p.at.getTime() - y.p.at.getTime())
    const failures: string[] = []
    for (const { laptop, p } of timeline) {
      clock = p.at
      failNext = p.fails === true
      await laptop.store.write(envelope(1, laptop.installId), p.reason, laptop.user).catch((error: Error) => failures.push(`${stamp(p.at)} ${error.message}`))
    }
    expect(failures).toEqual(['2027-11-18T15-00-00-000Z filen som ble lest tilbake, er ikke lik den som ble skrevet'])

    const [a, b] = laptops
    if (!a || !b) throw new Error('two laptops')
    const keptA = expected(a.plan, LAPTOP_A)
    const keptB = expected(b.plan, LAPTOP_B)
    expect(backupsIn(path.join(root, 'A', 'backups'))).toEqual(keptA)
    expect(backupsIn(path.join(root, 'B', 'backups'))).toEqual(keptB)
    expect(backupsIn(share, LAPTOP_A)).toEqual(keptA)
    expect(backupsIn(share, LAPTOP_B)).toEqual(keptB)
    expect(readdirSync(share).sort()).toEqual([...keptA, ...keptB].flatMap((n) => [n, `${n}.meta`]).sort())

    // The same, read as a person would check it.
    const aNames = keptA.map((n) => n.slice('nfk-sikkerhetskopi-'.length).replace(`-${LAPTOP_A}`, '').replace('.json', ''))
    const automatic = aNames.filter((n) => n.endsWith('-close') || n.endsWith('-daily'))
    // 30 day-lasts (1–30 November), 11 month-lasts (December–October), and the newest 14 add the
    // eight earlier ones of 25–30 November: the starts' daily copies and the noon closes of 26 and 29.
    expect(automatic).toHaveLength(30 + 11 + 8)
    expect(automatic.filter((n) => n < '2027-11')).toEqual([
      '2026-12-31T15-00-00-000Z-close',
      '2027-01-31T15-00-00-000Z-close',
      '2027-02-28T15-00-00-000Z-close',
      '2027-03-31T15-00-00-000Z-close',
      '2027-04-30T15-00-00-000Z-close',
      '2027-05-31T15-00-00-000Z-close',
      '2027-06-30T15-00-00-000Z-close',
      '2027-07-31T15-00-00-000Z-close',
      '2027-08-31T15-00-00-000Z-close',
      '2027-09-30T15-00-00-000Z-close',
      '2027-10-31T15-00-00-000Z-close',
    ])
    expect(automatic.filter((n) => n.startsWith('2027-11-18') || n.startsWith('2027-11-25'))).toEqual([
      '2027-11-18T11-00-00-000Z-close',
      '2027-11-25T07-32-00-000Z-daily',
      '2027-11-25T15-00-00-000Z-close',
    ])
    // Before-import copies: the newest 14 Mondays, and the last Monday of each older month.
    expect(aNames.filter((n) => n.endsWith('-before-import'))).toEqual(
      [
        '2026-12-28', '2027-01-25', '2027-02-22', '2027-03-29', '2027-04-26', '2027-05-31', '2027-06-28', '2027-07-26',
        '2027-08-30', '2027-09-06', '2027-09-13', '2027-09-20', '2027-09-27', '2027-10-04', '2027-10-11', '2027-10-18',
        '2027-10-25', '2027-11-01', '2027-11-08', '2027-11-15', '2027-11-22', '2027-11-29',
      ].map((d) => `${d}T09-00-00-000Z-before-import`),
    )
    // B's twelve manual copies (the 1st of each month) are fewer than 14: all stay, whatever B's 865 automatic ones did.
    expect(keptB.filter((n) => n.endsWith('-manual.json'))).toHaveLength(12)
    expect((await b.store.list()).filter((x) => x.folder === 'second').every((x) => x.installId === LAPTOP_A && x.userName === 'Kari')).toBe(true)
  }, 120_000)
})
