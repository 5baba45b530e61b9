import { beforeEach, describe, expect, it } from 'vitest'
import { createOrganisation, emptyOrganisationInput, getOrganisation, updateOrganisation } from '../../../../../renderer/db/repositories/organisations-repo'
import { removeStatusEvent, setPipelineStatus, statusEventsOf } from '../../../../../renderer/db/repositories/status-events-repo'
import { isMemberInYear, membershipPeriods } from '../../../../../renderer/domain/organisation/membership-periods'
import { db } from '../../../../../renderer/db/db'
import { freshDatabase, made } from '../../db-helpers'

describe('setting the pipeline status', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('keeps dated events and the current status and signing date on the organisation', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Grønn Drift AS' }, { status: 'soker', date: '2024-01-10' }))
    await setPipelineStatus(org.id, 'godkjent', '2024-02-01')
    await setPipelineStatus(org.id, 'invitert', '2024-02-15')
    const member = await setPipelineStatus(org.id, 'medlem', '2024-03-12', 'Signert på signeringslunsj')
    expect(member).toMatchObject({ status: 'medlem', signedDate: '2024-03-12' })

    await setPipelineStatus(org.id, 'utmeldt', '2025-06-30')
    await setPipelineStatus(org.id, 'medlem', '2026-09-01')
    const periods = membershipPeriods(await statusEventsOf(org.id))
    expect(periods).toEqual([
      { from: '2024-03-12', to: '2025-06-30' },
      { from: '2026-09-01', to: null },
    ])
    expect(isMemberInYear(periods, 2025)).toBe(true)
    expect(await getOrganisation(org.id)).toMatchObject({ status: 'medlem', signedDate: '2026-09-01' })
  })

  it('logs a partner’s signing as partner, and a step before it became a partner in the words of that day', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Grønn Drift AS' }, { status: 'invitert', date: '2024-01-10' }))
    const signed = await setPipelineStatus(org.id, 'medlem', '2024-03-12')
    await made(updateOrganisation(org.id, { ...signed, tier: 'partner' }, '2025-01-01'))
    await setPipelineStatus(org.id, 'medlem', '2025-06-01', 'Ny kontrakt som partner')
    const [old] = (await statusEventsOf(org.id)).filter((e) => e.date === '2024-03-12')
    await removeStatusEvent(old!.id)
    const summaries = (await db().auditLog.toArray()).map((e) => e.summary)
    expect(summaries).toContain('Status satt til medlem fra 12.03.2024')
    expect(summaries).toContain('Status satt til partner fra 01.06.2025')
    expect(summaries).toContain('Statusendringen medlem ble fjernet')
  })

  it('takes the latest event by date, even when an older one is registered afterwards', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Etterslep AS' }, { status: 'medlem', date: '2023-05-01' }))
    const after = await setPipelineStatus(org.id, 'soker', '2023-01-01')
    expect(after).toMatchObject({ status: 'medlem', signedDate: '2023-05-01' })
  })

  it('removing a mistaken event brings back the previous status', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Feil AS' }, { status: 'medlem', date: '2023-05-01' }))
    const left = await setPipelineStatus(org.id, 'utmeldt', '2024-01-01')
    expect(left).toMatchObject({ status: 'utmeldt', signedDate: null })
    const events = await statusEventsOf(org.id)
    const restored = await removeStatusEvent(events.at(-1)!.id)
    expect(restored).toMatchObject({ status: 'medlem', signedDate: '2023-05-01' })
  })

  it('refuses an invalid date and changes nothing', async () => {
    const org = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Dato AS' }, { status: 'soker', date: '2024-01-01' }))
    await expect(setPipelineStatus(org.id, 'medlem', '2024-02-30')).rejects.toThrow()
    expect(await getOrganisation(org.id)).toMatchObject({ status: 'soker' })
    expect(await statusEventsOf(org.id)).toHaveLength(1)
  })
})
