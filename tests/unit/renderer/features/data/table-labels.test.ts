import { describe, expect, it } from 'vitest'
import { DATA_TABLES } from '../../../../../renderer/db/schema'
import { tableLabel } from '../../../../../renderer/features/data/table-labels'

describe('the import preview and backup lists name every table in Norwegian', () => {
  it('has a word for each table an export holds, never its key', () => {
    const unnamed = DATA_TABLES.filter((table) => tableLabel(table) === table)
    expect(unnamed).toEqual([])
    expect(tableLabel('applications')).toBe('Søknader')
  })
})
