import { describe, expect, it } from 'vitest'
import { backupName, isInstallId, parseBackupName } from '../../../../electron/shared/backup-names'
import { LAPTOP_A } from './envelopes'

describe('backup file names', () => {
  it('carry the time, the laptop and the reason, and read back the same', () => {
    const name = backupName('2026-11-28T20:30:49.123Z', LAPTOP_A, 'before-import')
    expect(name).toBe(`nfk-sikkerhetskopi-2026-11-28T20-30-49-123Z-${LAPTOP_A}-before-import.json`)
    expect(parseBackupName(name)).toEqual({ at: '2026-11-28T20:30:49.123Z', installId: LAPTOP_A, reason: 'before-import' })
  })

  it('read names written before they carried a laptop', () => {
    for (const reason of ['daily', 'close', 'before-import', 'before-upgrade', 'manual'] as const) {
      expect(parseBackupName(`nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-${reason}.json`)).toEqual({ at: '2026-11-28T08:00:00.000Z', installId: null, reason })
    }
    expect(backupName('2026-11-28T08:00:00.000Z', null, 'daily')).toBe('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json')
  })

  it('tell a laptop id from a reason that contains a hyphen', () => {
    expect(parseBackupName('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-before-upgrade.json')?.installId).toBeNull()
    expect(parseBackupName('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-before-before-upgrade.json')).toMatchObject({ installId: 'before', reason: 'before-upgrade' })
    expect(parseBackupName('nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-abc-def-manual.json')).toMatchObject({ installId: 'abc-def', reason: 'manual' })
  })

  it('are nothing else: other files, unknown reasons, impossible times, and sidecars are not backups', () => {
    for (const name of [
      'nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json.meta',
      '.nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json.1a2b3c.tmp',
      'nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-weekly.json',
      'nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json.bak',
      'x-nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-daily.json',
      'nfk-sikkerhetskopi-2026-13-45T08-00-00-000Z-daily.json',
      'nfk-sikkerhetskopi-2026-02-30T08-00-00-000Z-daily.json',
      'nfk-sikkerhetskopi-2026-11-28T25-00-00-000Z-daily.json',
      'nfk-sikkerhetskopi-2026-11-28T08-00-00Z-daily.json',
      `nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-${LAPTOP_A.toUpperCase()}-daily.json`,
      'nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z--daily.json',
      'nfk-sikkerhetskopi-2026-11-28T08-00-00-000Z-a b-daily.json',
      'eksport.json',
    ]) {
      expect(parseBackupName(name), name).toBeNull()
    }
  })

  it('take only install ids that are safe in a file name', () => {
    expect(isInstallId(LAPTOP_A)).toBe(true)
    expect(isInstallId('a')).toBe(true)
    expect(isInstallId('a'.repeat(64))).toBe(true)
    for (const id of ['', 'a'.repeat(65), '../x', 'a/b', 'A1', '-a', 'a-', 'a b', 'æ', 'a\\b']) expect(isInstallId(id), id).toBe(false)
  })
})
