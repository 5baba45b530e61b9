import { describe, expect, it } from 'vitest'
import { formatOrgNumber, isValidOrgNumber, orgNumberCheckDigit, orgNumberError } from '../../../electron/shared/org-number'

describe('the organisation number validator', () => {
  it('accepts numbers whose MOD11 check digit matches', () => {
    expect(isValidOrgNumber('123456785')).toBe(true)
    expect(isValidOrgNumber('701730496')).toBe(true)
    expect(orgNumberError('123456785')).toBeNull()
  })

  it('accepts a number whose check digit is 0', () => {
    expect(orgNumberCheckDigit('91000002')).toBe(0)
    expect(isValidOrgNumber('910000020')).toBe(true)
  })

  it('never accepts a number whose check digit would be 10, whatever the last digit', () => {
    // 1 2 3 4 5 6 7 0: weighted sum 3+4+21+24+25+24+21+0 = 122, 122 % 11 = 1, 11 - 1 = 10
    expect(orgNumberCheckDigit('12345670')).toBeNull()
    for (let last = 0; last <= 9; last++) expect(isValidOrgNumber(`12345670${last}`)).toBe(false)
  })

  it('refuses a wrong check digit with a Norwegian message', () => {
    expect(isValidOrgNumber('123456789')).toBe(false)
    expect(orgNumberError('123456789')).toMatch(/kontrollsifferet/)
  })

  it('refuses the wrong length and says how many digits were typed', () => {
    expect(orgNumberError('12345678')).toBe('Organisasjonsnummeret må ha 9 sifre (du skrev 8).')
    expect(orgNumberError('1234567850')).toMatch(/9 sifre \(du skrev 10\)/)
  })

  it('refuses ten digits even when the first nine make a valid number', () => {
    expect(isValidOrgNumber('123456785')).toBe(true)
    expect(isValidOrgNumber('1234567850')).toBe(false)
    expect(isValidOrgNumber('0123456785')).toBe(false)
    expect(isValidOrgNumber('123456785A')).toBe(false)
  })

  it('refuses letters', () => {
    expect(isValidOrgNumber('12345678A')).toBe(false)
    expect(orgNumberError('12345678A')).toMatch(/bare ha sifre/)
  })

  it('accepts spaces on input, including non-breaking ones, and shows groups of three', () => {
    expect(isValidOrgNumber('123 456 785')).toBe(true)
    expect(isValidOrgNumber('123\u00a0456\u00a0785')).toBe(true)
    expect(orgNumberError(' 701 730 496 ')).toBeNull()
    expect(formatOrgNumber('123456785')).toBe('123 456 785')
    // Anything but exactly nine digits is shown as stored.
    for (const stored of ['1234567850', 'x123456785', '123456785x', '12345678', '']) expect(formatOrgNumber(stored)).toBe(stored)
  })

  it('allows an empty number (not known yet)', () => {
    expect(orgNumberError('  ')).toBeNull()
  })
})
