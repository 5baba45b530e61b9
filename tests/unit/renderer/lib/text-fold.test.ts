import { describe, expect, it } from 'vitest'
import { compareNorwegian } from '../../../../renderer/lib/collation'
import { foldText, matchesQuery } from '../../../../renderer/lib/text-fold'

describe('foldText', () => {
  it('lets cahcegattis and nuorra find Čáhcegáttis Ŋuorra AS', () => {
    const folded = foldText('Čáhcegáttis Ŋuorra AS')
    expect(matchesQuery(folded, 'cahcegattis')).toBe(true)
    expect(matchesQuery(folded, 'nuorra')).toBe(true)
    expect(matchesQuery(folded, 'CAHCE nuo')).toBe(true)
  })

  it('folds letters that decomposition leaves alone', () => {
    expect(foldText('Łódź')).toBe('lodz')
    expect(foldText('Øystein')).toBe('oystein')
    expect(foldText('Đuoddar Ŧeaŋga')).toBe('duoddar teanga')
    expect(foldText('Blåbær Ærlig')).toBe('blabaer aerlig')
  })

  it('does not match when a term is missing', () => {
    expect(matchesQuery(foldText('Oslo Energi AS'), 'energi bergen')).toBe(false)
  })
})

describe('Norwegian collation', () => {
  it('sorts æ, ø and å after z, in that order', () => {
    expect(['Åsen', 'Zeta', 'Øst', 'Ærlig', 'Alfa'].sort(compareNorwegian)).toEqual(['Alfa', 'Zeta', 'Ærlig', 'Øst', 'Åsen'])
  })
})
