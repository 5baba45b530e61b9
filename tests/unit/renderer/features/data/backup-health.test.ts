import { describe, expect, it } from 'vitest'
import type { BackupInfo } from '../../../../../electron/shared/channels/backup'
import { backupHealth, machineLabel } from '../../../../../renderer/features/data/backup-health'

const ME = 'aaaaaaaa-1111-4111-8111-111111111111'
const OTHER = 'bbbbbbbb-2222-4222-8222-222222222222'
const backup = (at: string, over: Partial<BackupInfo> = {}): BackupInfo => ({
  name: `nfk-sikkerhetskopi-${at}.json`,
  at,
  reason: 'daily',
  sizeBytes: 1,
  counts: {},
  installId: ME,
  userName: 'Kari Nordmann',
  folder: 'local',
  ...over,
})
const NOW = new Date('2026-11-28T12:00:00.000Z')

describe('which laptop made a backup', () => {
  it('says "Denne maskinen" for this laptop, whatever its user is called', () => {
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z'), ME)).toBe('Denne maskinen')
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z', { folder: 'second' }), ME)).toBe('Denne maskinen')
  })

  it("names the other laptop by its user, or by a short id when it had none", () => {
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z', { installId: OTHER, userName: 'Ola Nordmann', folder: 'second' }), ME)).toBe('Ola Nordmann')
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z', { installId: OTHER, userName: null, folder: 'second' }), ME)).toBe('En annen maskin (bbbbbbbb)')
  })

  it('reads older files without an id as this laptop’s in its own folder, and as unknown in the shared one', () => {
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z', { installId: null, userName: null }), ME)).toBe('Denne maskinen')
    expect(machineLabel(backup('2026-11-28T10:00:00.000Z', { installId: null, userName: null, folder: 'second' }), ME)).toBe('Ukjent maskin')
  })
})

describe('whether this laptop’s backups are recent enough', () => {
  it('warns when this laptop has none, even if another laptop has fresh ones', () => {
    expect(backupHealth([], ME, NOW)).toEqual({ kind: 'none' })
    expect(backupHealth([backup('2026-11-28T11:00:00.000Z', { installId: OTHER, folder: 'second' })], ME, NOW)).toEqual({ kind: 'none' })
  })

  it('is content up to two days, and warns with the date and age after that', () => {
    expect(backupHealth([backup('2026-11-26T12:00:00.000Z')], ME, NOW)).toEqual({ kind: 'ok' })
    expect(backupHealth([backup('2026-11-26T11:59:59.000Z')], ME, NOW)).toEqual({ kind: 'stale', newestAt: '2026-11-26T11:59:59.000Z', days: 2 })
    expect(backupHealth([backup('2026-11-20T08:00:00.000Z'), backup('2026-11-25T08:00:00.000Z'), backup('2026-11-22T08:00:00.000Z')], ME, NOW)).toEqual({
      kind: 'stale',
      newestAt: '2026-11-25T08:00:00.000Z',
      days: 3,
    })
  })

  it('counts an older file without an id in its own folder as this laptop’s', () => {
    expect(backupHealth([backup('2026-11-28T08:00:00.000Z', { installId: null })], ME, NOW)).toEqual({ kind: 'ok' })
  })
})
