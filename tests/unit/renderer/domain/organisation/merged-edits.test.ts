import { describe, expect, it } from 'vitest'
import { landsOnSurvivor, landStrayEdit, survivorOf } from '../../../../../renderer/domain/organisation/merged-edits'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

describe('an edit of a merged-away record, weighed against the survivor', () => {
  it('lands when it is the later change and nobody changed the survivor’s field meanwhile', () => {
    expect(landStrayEdit({ value: 'Ny', seenByMerge: false }, { value: 'Gammel', concurrent: false, laterThanEdit: false }, same)).toEqual({ write: true, conflict: false })
  })
  it('does not land when the merge had seen it: the user chose in the merge dialog', () => {
    expect(landStrayEdit({ value: 'Ny', seenByMerge: true }, { value: 'Gammel', concurrent: false, laterThanEdit: false }, same)).toEqual({ write: false, conflict: false })
  })
  it('is no change when the survivor already holds the value', () => {
    expect(landStrayEdit({ value: 'Lik', seenByMerge: false }, { value: 'Lik', concurrent: true, laterThanEdit: false }, same)).toEqual({ write: false, conflict: false })
  })
  it('is a true conflict when both changed without seeing each other; the later value holds', () => {
    expect(landStrayEdit({ value: 'Ny', seenByMerge: false }, { value: 'Annen', concurrent: true, laterThanEdit: true }, same)).toEqual({ write: false, conflict: true })
    expect(landStrayEdit({ value: 'Ny', seenByMerge: false }, { value: 'Annen', concurrent: true, laterThanEdit: false }, same)).toEqual({ write: true, conflict: true })
  })
  it('moves only the record’s own content, never its deletion or merge', () => {
    expect(landsOnSurvivor('organisations', 'address')).toBe(true)
    expect(landsOnSurvivor('people', 'phone')).toBe(true)
    expect(landsOnSurvivor('organisations', 'deletedAt')).toBe(false)
    expect(landsOnSurvivor('organisations', 'mergedInto')).toBe(false)
    expect(landsOnSurvivor('registrations', 'status')).toBe(false)
  })
  it('follows chains of merges to the last survivor and stops at a cycle', () => {
    expect(survivorOf(new Map([['a', 'b'], ['b', 'c']]), 'a')).toBe('c')
    expect(survivorOf(new Map([['a', 'b'], ['b', 'a']]), 'a')).toBeNull()
    expect(survivorOf(new Map(), 'a')).toBeNull()
  })
})
