import { describe, expect, it } from 'vitest'
import { resolveMerges, type MergeEdge } from '../../../../../renderer/domain/organisation/merge-chains'

const edges = (...list: [string, string, string][]) => new Map<string, MergeEdge>(list.map(([from, to, stamp]) => [from, { to, stamp }]))

describe('the survivor of merges made on several laptops', () => {
  it('follows a chain to its end: C into B and B into A put C in A', () => {
    const { survivors, revived } = resolveMerges(edges(['c', 'b', '2'], ['b', 'a', '1']))
    expect([...survivors]).toEqual([['c', 'a'], ['b', 'a']])
    expect(revived.size).toBe(0)
  })

  it('breaks a cycle at its earliest merge: the later merge stands, and the record the earlier one merged away comes back', () => {
    // A into B first (stamp 1), B into A later (stamp 2): A stands.
    const one = resolveMerges(edges(['a', 'b', '1'], ['b', 'a', '2']))
    expect([...one.survivors]).toEqual([['b', 'a']])
    expect([...one.revived]).toEqual([['a', '2']])
    // The same data in the other order gives the same answer.
    const other = resolveMerges(edges(['b', 'a', '2'], ['a', 'b', '1']))
    expect([...other.survivors]).toEqual([['b', 'a']])
    expect([...other.revived]).toEqual([['a', '2']])
  })

  it('breaks a cycle of three, and sends what was merged into the cycle to the record that stands', () => {
    const { survivors, revived } = resolveMerges(edges(['a', 'b', '5'], ['b', 'c', '3'], ['c', 'a', '7'], ['d', 'b', '1']))
    expect(Object.fromEntries(survivors)).toEqual({ a: 'b', c: 'b', d: 'b' })
    expect([...revived]).toEqual([['b', '7']])
  })

  it('without stamps, decides a cycle by the ids, whatever the order', () => {
    expect([...resolveMerges(edges(['y', 'x', ''], ['x', 'y', ''])).revived.keys()]).toEqual(['x'])
    expect([...resolveMerges(edges(['x', 'y', ''], ['y', 'x', ''])).revived.keys()]).toEqual(['x'])
  })

  it('ignores a record merged into itself: it neither moves nor "comes back"', () => {
    const { survivors, revived } = resolveMerges(edges(['a', 'a', '1']))
    expect(survivors.size).toBe(0)
    expect(revived.size).toBe(0)
  })

  it('breaks a cycle only among its own merges: an earlier merge into the cycle from outside stays, whichever is walked first', () => {
    // D was merged into A (stamp 1) before A and B were merged into each other (2, then 3).
    // D's merge is not part of the cycle, so it is never the one made void: D stays merged, into A.
    for (const order of [
      edges(['d', 'a', '1'], ['a', 'b', '2'], ['b', 'a', '3']),
      edges(['a', 'b', '2'], ['b', 'a', '3'], ['d', 'a', '1']),
    ]) {
      const { survivors, revived } = resolveMerges(order)
      expect(Object.fromEntries(survivors)).toEqual({ b: 'a', d: 'a' })
      expect([...revived]).toEqual([['a', '3']])
    }
  })
})
