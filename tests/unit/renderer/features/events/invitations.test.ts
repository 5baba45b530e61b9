import { describe, expect, it } from 'vitest'
import { namesText } from '../../../../../renderer/features/events/InvitationsPanel'

describe('namesText', () => {
  it('lists a few names in Norwegian and counts the rest', () => {
    expect(namesText(['Alfa AS'])).toBe('Alfa AS')
    expect(namesText(['Alfa AS', 'Beta AS', 'Ceta AS'])).toBe('Alfa AS, Beta AS og Ceta AS')
    expect(namesText(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E og 2 til')
  })
})
