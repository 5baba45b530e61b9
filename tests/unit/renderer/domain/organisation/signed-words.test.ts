import { describe, expect, it } from 'vitest'
import { becomeText, newlySignedText } from '../../../../../renderer/domain/organisation/signed-words'
import type { Tier } from '../../../../../renderer/domain/organisation/types'

const tiers = (...list: Tier[]) => list.map((tier) => ({ tier }))

describe('what a signing makes of the organisations, in words', () => {
  it('makes members of members and partners of partners, never calling a partner a member', () => {
    expect(becomeText(tiers('medlem', 'medlem'))).toBe('2 virksomheter blir medlemmer')
    expect(becomeText(tiers('medlem'))).toBe('1 virksomhet blir medlem')
    expect(becomeText(tiers('partner'))).toBe('1 virksomhet blir partner')
    expect(becomeText(tiers('partner', 'partner'))).toBe('2 virksomheter blir partnere')
    expect(becomeText(tiers('partner', 'medlem', 'medlem'))).toBe('2 virksomheter blir medlemmer og 1 partner')
    expect(becomeText(tiers('medlem', 'partner', 'partner'))).toBe('1 virksomhet blir medlem og 2 partnere')
  })

  it('counts the new members and partners apart in the notice', () => {
    expect(newlySignedText(tiers('medlem', 'medlem'))).toBe('2 nye medlemmer')
    expect(newlySignedText(tiers('medlem'))).toBe('1 nytt medlem')
    expect(newlySignedText(tiers('partner'))).toBe('1 ny partner')
    expect(newlySignedText(tiers('medlem', 'partner', 'partner'))).toBe('1 nytt medlem og 2 nye partnere')
  })
})
