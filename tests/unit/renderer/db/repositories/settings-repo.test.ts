import { beforeEach, describe, expect, it } from 'vitest'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { historyOf } from '../../../../../renderer/db/repositories/base'
import { loadSettings, saveSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { freshDatabase } from '../../db-helpers'

describe('settings repository', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('starts with the commissioner title and the secretariat contact from the domain', async () => {
    const settings = await loadSettings()
    expect(settings.commissionerTitle).toBe('byråd for miljø og samferdsel')
    expect(settings.secretariatEmail).toBe('nfk@kli.oslo.kommune.no')
  })

  it('saves text in NFC and records who changed what in the audit log', async () => {
    await setUserName('Øystein Berg')
    const decomposed = 'Ma\u0301rit Vea' // "á" as a + combining acute
    await saveSettings({ commissionerName: decomposed })
    const settings = await loadSettings()
    expect(settings.commissionerName).toBe('Márit Vea')
    expect(settings.commissionerName).toBe(settings.commissionerName.normalize('NFC'))
    const [entry] = await historyOf('settings', 'app')
    expect(entry?.userName).toBe('Øystein Berg')
    expect(entry?.changes.commissionerName).toEqual({ from: '', to: 'Márit Vea' })
    expect(entry?.installId).toMatch(/^[0-9a-f-]{36}$/)
  })
})
