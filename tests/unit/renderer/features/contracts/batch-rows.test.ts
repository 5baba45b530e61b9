import { describe, expect, it } from 'vitest'
import { standingText } from '../../../../../renderer/features/contracts/batch-rows'

describe('standingText', () => {
  it('says "Medlem" once for a member on the member tier', () => {
    expect(standingText('medlem', 'medlem')).toBe('Medlem')
  })

  it('calls a signed organisation on the partner tier a partner, and adds no tier to it', () => {
    expect(standingText('medlem', 'partner')).toBe('Partner')
    expect(standingText('utmeldt', 'medlem')).toBe('Utmeldt')
  })

  it('gives the status alone when the tier is the ordinary member tier', () => {
    expect(standingText('godkjent', 'medlem')).toBe('Godkjent')
    expect(standingText('invitert', 'medlem')).toBe('Invitert')
  })

  it('adds the partner tier to a status that is not yet membership', () => {
    expect(standingText('godkjent', 'partner')).toBe('Godkjent, partner')
    expect(standingText('invitert', 'partner')).toBe('Invitert, partner')
  })
})
