import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchIndex } from '../../../../../renderer/domain/event/check-in-search'

const entries = [
  { id: '1', personName: 'Åse Ødegård', organisationName: 'Bølgen Energi AS' },
  { id: '2', personName: 'Ole Hansen', organisationName: 'Oslo Sporveier' },
  { id: '3', personName: 'Hanne Olsen', organisationName: 'Ruter AS' },
  { id: '4', personName: 'Jørn Berg', organisationName: 'Hansen & Sønn Bygg' },
  { id: '5', personName: 'Renée Dupont', organisationName: 'Café Ørnen' },
  { id: '6', personName: 'Máret Ánde', organisationName: 'Sámi Čuovga' },
]
const index = buildSearchIndex(entries)
const ids = (q: string) => searchIndex(index, q).map((e) => e.id)

describe('check-in search', () => {
  it('ignores case and accents with the one folding table', () => {
    expect(ids('ase odegard')).toEqual(['1'])
    expect(ids('ÅSE')).toEqual(['1'])
    expect(ids('renee')).toEqual(['5'])
    expect(ids('cafe orn')).toEqual(['5'])
    expect(ids('maret')).toEqual(['6'])
    expect(ids('cuovga')).toEqual(['6'])
  })

  it('finds any part of a name, person or organisation', () => {
    expect(ids('anse')).toEqual(['2', '4'])
    expect(ids('sporv')).toEqual(['2'])
    expect(ids('energi')).toEqual(['1'])
  })

  it('ranks a person whose name starts with the fragment above an organisation that contains it', () => {
    // "hans": Ole Hansen's surname starts with it (person word), Hansen & Sønn is an organisation.
    expect(ids('hans')).toEqual(['2', '4'])
    // "han": Hanne Olsen's name starts with it and comes first.
    expect(ids('han')[0]).toBe('3')
  })

  it('needs every term to match, and shows nothing for an empty query', () => {
    expect(ids('ole sporveier')).toEqual(['2'])
    expect(ids('ole ruter')).toEqual([])
    expect(ids('   ')).toEqual([])
  })

  it('orders equal ranks in Norwegian order (æ, ø, å last)', () => {
    const idx = buildSearchIndex([
      { id: 'a', personName: 'Åge Lie', organisationName: 'X' },
      { id: 'b', personName: 'Zara Lie', organisationName: 'X' },
      { id: 'c', personName: 'Øyvind Lie', organisationName: 'X' },
      { id: 'd', personName: 'Anne Lie', organisationName: 'X' },
    ])
    expect(searchIndex(idx, 'lie').map((e) => e.id)).toEqual(['d', 'b', 'c', 'a'])
  })
})
