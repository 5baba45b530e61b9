import { describe, expect, it } from 'vitest'
import { autoSeat, defaultRules, evaluatePlan, RULE_KEYS, withRuleDefaults, type SeatGuest } from '../../../../../renderer/domain/seating'
import { hostMeetings, type PastLunch } from '../../../../../renderer/domain/seating/host-history'
import { guest, host, only, round, tableOf } from './fixtures'

const person = (id: string, organisationId: string, sector: string): SeatGuest => ({ ...guest(id, organisationId, sector), personId: `p-${id}` })
const namedHost = (id: string, name: string, met: string[] = [], isCommissioner = false): SeatGuest => ({ ...host(id, isCommissioner), name, metPersonIds: met })

const pastLunch = (hosts: Record<string, string>, guests: Record<string, string>, assignment: Record<string, string>): PastLunch => ({
  hostNames: new Map(Object.entries(hosts)),
  guestPersons: new Map(Object.entries(guests)),
  tables: [round('1', 4), round('2', 4)],
  assignment,
})

describe('hosts meet new guests', () => {
  it('learns who each host sat with, matching hosts by folded name across lunches and guests by person', () => {
    const first = pastLunch({ 'host:a': 'Åse Ødegård', commissioner: 'Marit Vea' }, { r1: 'p-kari', r2: 'p-ola', r3: 'p-per' }, {
      '1:0': 'commissioner',
      '1:1': 'r1',
      '2:0': 'host:a',
      '2:1': 'r2',
      '2:2': 'r3',
    })
    // At the next lunch the same host has a new id and her name typed without accents.
    const second = pastLunch({ 'host:b': 'ase odegard' }, { r9: 'p-nina' }, { '1:0': 'host:b', '1:1': 'r9' })
    const met = hostMeetings([first, second])
    expect([...(met.get('ase odegard') ?? [])].sort()).toEqual(['p-nina', 'p-ola', 'p-per'])
    expect([...(met.get('marit vea') ?? [])]).toEqual(['p-kari'])
  })

  it('keeps a host away from a guest they sat with before when seating automatically', () => {
    // Ola sat with Åse last time; three tables, one host each: Ola must not land at Åse's table.
    const guests = [
      namedHost('host:a', 'Åse Ødegård', ['p-ola']),
      namedHost('host:b', 'Bjørn Berg'),
      namedHost('host:c', 'Cecilie Dahl'),
      person('ola', 'o1', 's1'),
      person('kari', 'o2', 's2'),
      person('per', 'o3', 's3'),
    ]
    const tables = [round('1', 2), round('2', 2), round('3', 2)]
    const result = autoSeat(guests, tables, only('hostsMeetNew', 5))
    expect(tableOf(result.assignment, 'ola')).not.toBe(tableOf(result.assignment, 'host:a'))
    expect(result.unmet).toEqual([])
    expect(result.score).toBe(5)
    expect(result.maxScore).toBe(5)
  })

  it('shows the rule unmet, with both seats, when a plan puts them together again', () => {
    const guests = [namedHost('host:a', 'Åse Ødegård', ['p-ola']), person('ola', 'o1', 's1'), person('kari', 'o2', 's2')]
    const tables = [round('1', 2), round('2', 2)]
    const evaluation = evaluatePlan(guests, tables, only('hostsMeetNew', 2), { '1:0': 'host:a', '1:1': 'ola', '2:0': 'kari' })
    expect(evaluation.unmet).toEqual([
      { rule: 'hostsMeetNew', seats: ['1:0', '1:1'], message: 'Åse Ødegård satt sammen med ola ved en tidligere lunsj, og sitter ved samme bord igjen (Bord 1).' },
    ])
    expect(evaluation.score).toBe(0)
    expect(evaluation.maxScore).toBe(2)
    const apart = evaluatePlan(guests, tables, only('hostsMeetNew', 2), { '1:0': 'host:a', '1:1': 'kari', '2:0': 'ola' })
    expect(apart.unmet).toEqual([])
    expect(apart.score).toBe(2)
  })

  it('counts nothing for hosts with no earlier guest here, and nothing when switched off', () => {
    const guests = [namedHost('host:a', 'Åse Ødegård', ['p-somebody-else']), person('ola', 'o1', 's1')]
    const tables = [round('1', 2)]
    expect(evaluatePlan(guests, tables, only('hostsMeetNew', 2), { '1:0': 'host:a', '1:1': 'ola' })).toMatchObject({ score: 0, maxScore: 0, unmet: [] })
    const met = [namedHost('host:a', 'Åse Ødegård', ['p-ola']), person('ola', 'o1', 's1')]
    expect(evaluatePlan(met, tables, only('hostsSpread', 1), { '1:0': 'host:a', '1:1': 'ola' }).unmet.filter((u) => u.rule === 'hostsMeetNew')).toEqual([])
  })

  it('is one of the rules, on by default, and plans stored before it get its default weight', () => {
    expect(RULE_KEYS).toContain('hostsMeetNew')
    expect(defaultRules().weights.hostsMeetNew).toBeGreaterThan(0)
    const old = { weights: { hostsSpread: 3, organisationGrouping: 2, sectorsMixed: 2, sectorsNotAdjacent: 1, colleaguesAdjacent: 1 }, organisationMode: 'together' as const }
    expect(withRuleDefaults(old).weights).toEqual({ ...old.weights, hostsMeetNew: defaultRules().weights.hostsMeetNew })
    expect(withRuleDefaults({ ...old, weights: { ...old.weights, hostsMeetNew: 0 } }).weights.hostsMeetNew).toBe(0)
  })
})
