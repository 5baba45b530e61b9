/**
 * What a field-level sync message is about (fields.ts), as the middleware and the apply step see it:
 * which field changes become messages (one per field, set fields one per element, the key and odd
 * names never), which tables travel, values that survive the trip unchanged (bytes, missing fields,
 * nested objects), and one text per value on every laptop. Found missing by mutation testing.
 */
import { describe, expect, it } from 'vitest'
import {
  ABSENT,
  canConflict,
  canonicalRow,
  canonicalSet,
  cellKey,
  decodeValue,
  encodeValue,
  fieldChanges,
  fieldKey,
  isSetField,
  isSyncedTable,
  sameValue,
  stableText,
} from '../../../../../renderer/domain/sync/fields'

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256)

describe('which tables and fields travel', () => {
  it('sends the secretariat’s data, never this laptop’s own tables, the dietary needs or the export log', () => {
    for (const t of ['organisations', 'people', 'events', 'auditLog', 'erasures', 'applications']) expect(isSyncedTable(t)).toBe(true)
    for (const t of ['device', 'diets', 'syncOutbox', 'syncCells', 'syncLog']) expect(isSyncedTable(t)).toBe(false)
  })

  it('treats roles and invited organisations as sets, nothing else', () => {
    expect(isSetField('people', 'roles')).toBe(true)
    expect(isSetField('events', 'invitedOrganisationIds')).toBe(true)
    expect(isSetField('people', 'name')).toBe(false)
    expect(isSetField('organisations', 'roles')).toBe(false)
    expect(isSetField('nope', 'roles')).toBe(false)
  })

  it('lets the latest clock decide the stamps of a change, never asking', () => {
    expect(canConflict('updatedAt')).toBe(false)
    expect(canConflict('createdAt')).toBe(false)
    expect(canConflict('name')).toBe(true)
  })
})

describe('a field change becomes messages', () => {
  it('one set per changed field, in field order, never for the key, the same value or a field name that is no identifier', () => {
    const before = { id: 'a', name: 'Bygg AS', notes: 'x', website: '', address: { street: 'S 1', postalCode: '0155' }, '$weird': 1, '9lives': 1 }
    const after = { id: 'b', name: 'Bygg AS', notes: 'y', website: 'bygg.no', address: { postalCode: '0155', street: 'S 1' }, '$weird': 2, '9lives': 2, [`a${'x'.repeat(64)}`]: 1 }
    expect(fieldChanges('organisations', 'r1', before, after)).toEqual([
      { table: 'organisations', row: 'r1', field: 'notes', op: 'set', value: 'y' },
      { table: 'organisations', row: 'r1', field: 'website', op: 'set', value: 'bygg.no' },
    ])
    // The longest name allowed: a letter and 63 more.
    expect(fieldChanges('organisations', 'r1', {}, { [`a${'x'.repeat(63)}`]: 1, _x: 1, A_9: 2 }).map((c) => c.field)).toEqual(['A_9', `a${'x'.repeat(63)}`])
  })

  it('a new row gives every field, a removed one every field as missing', () => {
    expect(fieldChanges('organisations', 'r1', undefined, { id: 'r1', name: 'Bygg AS', deletedAt: null })).toEqual([
      { table: 'organisations', row: 'r1', field: 'deletedAt', op: 'set', value: null },
      { table: 'organisations', row: 'r1', field: 'name', op: 'set', value: 'Bygg AS' },
    ])
    expect(fieldChanges('organisations', 'r1', { id: 'r1', name: 'Bygg AS' }, undefined)).toEqual([{ table: 'organisations', row: 'r1', field: 'name', op: 'set', value: ABSENT }])
  })

  it('a field going missing is a change even when its value looked like the missing marker', () => {
    expect(fieldChanges('organisations', 'r1', { notes: { $absent: true } }, {})).toEqual([{ table: 'organisations', row: 'r1', field: 'notes', op: 'set', value: ABSENT }])
    expect(fieldChanges('organisations', 'r1', {}, { notes: { $absent: true } })).toHaveLength(1)
  })

  it('roles change one element at a time: each added and each removed role is its own message', () => {
    expect(fieldChanges('people', 'p', { roles: ['toppleder', 'annen'] }, { roles: ['annen', 'klimakontakt', 'klimakontakt'] })).toEqual([
      { table: 'people', row: 'p', field: 'roles', op: 'add', value: 'klimakontakt' },
      { table: 'people', row: 'p', field: 'roles', op: 'remove', value: 'toppleder' },
    ])
    expect(fieldChanges('people', 'p', { roles: ['annen', 'toppleder'] }, { roles: ['toppleder', 'annen'] })).toEqual([])
  })

  it('a set field that comes or goes is a set to empty or missing, plus its elements', () => {
    expect(fieldChanges('people', 'p', {}, { roles: ['annen'] })).toEqual([
      { table: 'people', row: 'p', field: 'roles', op: 'set', value: [] },
      { table: 'people', row: 'p', field: 'roles', op: 'add', value: 'annen' },
    ])
    expect(fieldChanges('people', 'p', { roles: ['annen'] }, {})).toEqual([
      { table: 'people', row: 'p', field: 'roles', op: 'set', value: ABSENT },
      { table: 'people', row: 'p', field: 'roles', op: 'remove', value: 'annen' },
    ])
    expect(fieldChanges('people', 'p', { roles: [] }, { roles: [] })).toEqual([])
  })

  it('a set field holding something else than a list changes as a whole', () => {
    expect(fieldChanges('people', 'p', { roles: 'annen' }, { roles: ['annen'] })).toEqual([{ table: 'people', row: 'p', field: 'roles', op: 'set', value: ['annen'] }])
    expect(fieldChanges('people', 'p', { roles: ['annen'] }, { roles: null })).toEqual([{ table: 'people', row: 'p', field: 'roles', op: 'set', value: null }])
  })

  it('invited organisations that are objects compare by content, whatever the key order', () => {
    const changes = fieldChanges('events', 'e', { invitedOrganisationIds: [{ a: 1, b: 2 }] }, { invitedOrganisationIds: [{ b: 2, a: 1 }, { c: 3 }] })
    expect(changes).toEqual([{ table: 'events', row: 'e', field: 'invitedOrganisationIds', op: 'add', value: { c: 3 } }])
  })
})

describe('a value survives the trip through a message', () => {
  it('bytes, also more than one chunk of them, come back the same', () => {
    for (const n of [0, 3, 0x8000 + 5]) {
      const encoded = encodeValue(bytes(n)) as { $bytes: string }
      expect(Object.keys(encoded)).toEqual(['$bytes'])
      expect(decodeValue(JSON.parse(JSON.stringify(encoded)))).toEqual(bytes(n))
    }
    expect(encodeValue(Uint8Array.from([104, 105]))).toEqual({ $bytes: 'aGk=' })
  })

  it('a missing field is the missing marker, and nested missing fields are left out', () => {
    expect(encodeValue(undefined)).toEqual({ $absent: true })
    expect(decodeValue({ $absent: true })).toBeUndefined()
    expect(encodeValue({ a: 1, b: undefined, c: { d: undefined, e: bytes(2) } })).toEqual({ a: 1, c: { e: encodeValue(bytes(2)) } })
    expect(encodeValue([1, undefined, bytes(1)])).toEqual([1, null, encodeValue(bytes(1))])
  })

  it('plain values, lists and objects decode to themselves, also objects that only look tagged', () => {
    const value = { $absent: true, other: 1 }
    expect(decodeValue(value)).toEqual(value)
    expect(decodeValue({ $bytes: 7 })).toEqual({ $bytes: 7 })
    expect(decodeValue(['x', { $absent: true }, { n: { $bytes: 'aGk=' } }])).toEqual(['x', undefined, { n: Uint8Array.from([104, 105]) }])
    expect(decodeValue(null)).toBeNull()
    expect(decodeValue(3)).toBe(3)
    expect(decodeValue([[1]])).toEqual([[1]])
  })

  it('one text per value: object keys sorted at every depth, lists and bytes as they are', () => {
    expect(stableText({ b: 1, a: { d: 2, c: [{ f: 1, e: 2 }] } })).toBe('{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}')
    expect(stableText(['b', 'a'])).toBe('["b","a"]')
    // Eleven bytes: sorted as keys, "10" would come before "2".
    expect(stableText(bytes(11))).toBe(JSON.stringify(bytes(11)))
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameValue(undefined, null)).toBe(false)
    expect(sameValue(bytes(3), bytes(3))).toBe(true)
    expect(sameValue(bytes(3), bytes(4))).toBe(false)
  })
})

describe('every laptop stores a set the same way', () => {
  it('sorted by value text, each once', () => {
    expect(canonicalSet(['toppleder', 'annen', 'toppleder', 'klimakontakt'])).toEqual(['annen', 'klimakontakt', 'toppleder'])
    expect(canonicalSet([{ b: 1, a: 2 }, { a: 2, b: 1 }])).toHaveLength(1)
  })

  it('a row’s set fields sorted, the row itself kept when it already was', () => {
    const sorted = { id: 'p', roles: ['annen', 'toppleder'] }
    expect(canonicalRow('people', sorted)).toBe(sorted)
    expect(canonicalRow('people', { id: 'p', roles: ['toppleder', 'annen'] })).toEqual(sorted)
    expect(canonicalRow('people', { id: 'p', roles: ['annen', 'annen'] })).toEqual({ id: 'p', roles: ['annen'] })
    const other = { id: 'o', roles: ['b', 'a'] }
    expect(canonicalRow('organisations', other)).toBe(other)
    expect(canonicalRow('people', null)).toBeNull()
    const notList = { id: 'p', roles: 'b' }
    expect(canonicalRow('people', notList)).toBe(notList)
    expect(canonicalRow('events', { invitedOrganisationIds: ['o2', 'o1'] })).toEqual({ invitedOrganisationIds: ['o1', 'o2'] })
    // Only some out of place: the first role already is.
    expect(canonicalRow('people', { roles: ['annen', 'toppleder', 'klimakontakt'] })).toEqual({ roles: ['annen', 'klimakontakt', 'toppleder'] })
    // An older row without roles, or with text where the list belongs, stays as it is.
    const bare = { id: 'p' }
    expect(canonicalRow('people', bare)).toBe(bare)
    const text = { id: 'p', roles: 'toppleder' }
    expect(canonicalRow('people', text)).toBe(text)
  })

  it('a lunch with hundreds of invited organisations, and a row of many fields, in one order whatever order they came in', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `org-${String(i).padStart(3, '0')}`)
    // A fixed shuffle: every laptop may have added them in another order.
    const shuffled = ids.map((id, i) => [(i * 7919) % 300, id] as const).sort(([x], [y]) => x - y).map(([, id]) => id)
    expect(shuffled).not.toEqual(ids)
    expect(canonicalSet(shuffled)).toEqual(ids)
    const row = Object.fromEntries(shuffled.map((id) => [id, 1]))
    expect(stableText(row)).toBe(JSON.stringify(Object.fromEntries(ids.map((id) => [id, 1]))))
  })
})

describe('cell keys', () => {
  it('name a field of a row, or one element of a set field by its text', () => {
    expect(cellKey('people', 'p', 'name')).toBe('people|p|name')
    expect(cellKey('people', 'p', 'roles', 'annen')).toBe('people|p|roles|"annen"')
    expect(cellKey('events', 'e', 'x', { b: 1, a: 2 })).toBe('events|e|x|{"a":2,"b":1}')
    expect(fieldKey('people', 'p', 'roles')).toBe('people|p|roles')
  })
})
