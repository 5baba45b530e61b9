import { describe, expect, it } from 'vitest'
import { inviteSummary, namesText } from '../../../../../renderer/features/events/InvitationsPanel'

describe('namesText', () => {
  it('lists a few names in Norwegian and counts the rest', () => {
    expect(namesText(['Alfa AS'])).toBe('Alfa AS')
    expect(namesText(['Alfa AS', 'Beta AS', 'Ceta AS'])).toBe('Alfa AS, Beta AS og Ceta AS')
    expect(namesText(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E og 2 til')
  })
})

describe('inviteSummary', () => {
  it('says how many organisations were invited and how many people registered', () => {
    expect(inviteSummary(3, 2, 0)).toBe('3 virksomheter invitert, 2 personer registrert som invitert.')
    expect(inviteSummary(1, 1, 1)).toBe('1 virksomhet invitert, 1 person registrert som invitert, 1 var registrert fra før.')
    expect(inviteSummary(0, 0, 0)).toBe('Ingen nye virksomheter, 0 personer registrert som invitert.')
  })
})
