import { db } from '../db'
import { defaultSettings, settingsSchema, type Settings, type SettingsRecord } from '../../domain/settings/settings'
import { audit, diffRecords, nfc, nowIso } from './base'

export async function loadSettings(): Promise<Settings> {
  const row = await db().settings.get('app')
  return row ? settingsSchema.parse(row) : defaultSettings()
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const d = db()
  return d.transaction('rw', [d.settings, d.auditLog, d.device], async () => {
    const before = await d.settings.get('app')
    const base = before ? settingsSchema.parse(before) : defaultSettings()
    const next = settingsSchema.parse(nfc({ ...base, ...change }))
    const at = nowIso()
    const record: SettingsRecord = { ...next, id: 'app', createdAt: before?.createdAt ?? at, updatedAt: at, deletedAt: null }
    await d.settings.put(record)
    const changes = diffRecords(before ? settingsSchema.parse(before) : base, next)
    if (Object.keys(changes).length > 0) await audit('settings', 'app', before ? 'update' : 'create', 'Innstillinger endret', changes)
    return next
  })
}
