import { describe, expect, it } from 'vitest'
import { PIPELINE_STATUSES, PIPELINE_STATUS_LABELS, pipelineStatusText, shortPipelineStatus, signedPeriodsLabel } from '../../../../../renderer/domain/organisation/labels'
import type { Tier } from '../../../../../renderer/domain/organisation/types'

describe('an organisation’s pipeline status in words', () => {
  it('calls a signed partner a partner, never a member', () => {
    expect(pipelineStatusText({ status: 'medlem', tier: 'partner' })).toBe('Partner')
    expect(pipelineStatusText({ status: 'medlem', tier: 'partner' }, 'short')).toBe('Partner')
  })

  it('calls a signed organisation on the member tier a member', () => {
    expect(pipelineStatusText({ status: 'medlem', tier: 'medlem' })).toBe('Medlem')
    expect(pipelineStatusText({ status: 'medlem', tier: 'medlem' }, 'short')).toBe('Medlem')
  })

  it('reads a tier it does not know (an old or foreign file) as member', () => {
    expect(pipelineStatusText({ status: 'medlem', tier: 'gull' as Tier })).toBe('Medlem')
  })

  it('says the pipeline’s own word before signing and after, whatever the tier', () => {
    for (const tier of ['medlem', 'partner'] as const) {
      expect(pipelineStatusText({ status: 'soker', tier })).toBe('Søker')
      expect(pipelineStatusText({ status: 'godkjent', tier })).toBe('Godkjent')
      expect(pipelineStatusText({ status: 'invitert', tier })).toBe('Invitert til signering')
      expect(pipelineStatusText({ status: 'invitert', tier }, 'short')).toBe('Invitert')
      expect(pipelineStatusText({ status: 'utmeldt', tier })).toBe('Utmeldt')
      expect(pipelineStatusText({ status: 'avslatt', tier }, 'short')).toBe('Avslått')
    }
  })

  it('names the signed state for both tiers where no organisation is at hand (filters), so the word never claims a partner is a member', () => {
    expect(PIPELINE_STATUS_LABELS.medlem).toBe('Signert')
    expect(shortPipelineStatus('medlem')).toBe('Signert')
    expect(new Set(PIPELINE_STATUSES.map((s) => PIPELINE_STATUS_LABELS[s])).size).toBe(PIPELINE_STATUSES.length)
  })

  it('heads the signed periods by the tier, and names both once the tier has changed', () => {
    expect(signedPeriodsLabel({ tier: 'partner' })).toBe('Partnerperioder')
    expect(signedPeriodsLabel({ tier: 'medlem', tierHistory: [] })).toBe('Medlemsperioder')
    expect(signedPeriodsLabel({ tier: 'partner', tierHistory: [{ date: '2025-01-01', from: 'medlem', to: 'partner' }] })).toBe('Perioder som medlem eller partner')
  })
})
