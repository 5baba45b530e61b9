import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataTable, type Column, type TableSort } from '../../../../renderer/components/DataTable'

type Member = { id: string; name: string; employees: number | null }

const member = (name: string, employees: number | null = null): Member => ({ id: name, name, employees })

const COLUMNS: Column<Member, 'name' | 'employees'>[] = [
  { key: 'name', header: 'Virksomhet', rowHeader: true, sortValue: (m) => m.name, cell: (m) => m.name },
  { key: 'employees', header: 'Ansatte', sortValue: (m) => m.employees, cell: (m) => m.employees ?? '–' },
]

/** The text of each body row's header cell, top to bottom. */
const rowNames = (table: HTMLElement) => within(table).queryAllByRole('rowheader').map((cell) => cell.textContent)

/** happy-dom lays nothing out: give the scroll box the height of ten 40-pixel rows. */
const scrollBoxOfTenRows = () =>
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('data-table-scroller') ? 400 : 0
  })

const listBox = () => screen.getByRole('region', { name: /Virksomheter i listen/ })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('DataTable', () => {
  it('is a table named by its caption, with column headers and a header cell naming each row', () => {
    render(<DataTable caption="Medlemmer 2025" columns={COLUMNS} rows={[member('Aker Energi AS', 40)]} rowKey={(m) => m.id} />)
    const table = screen.getByRole('table', { name: 'Medlemmer 2025' })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Virksomhet', 'Ansatte'])
    const row = within(table).getByRole('row', { name: /Aker Energi AS/ })
    expect(within(row).getByRole('rowheader').textContent).toBe('Aker Energi AS')
    expect(within(row).getByRole('cell').textContent).toBe('40')
  })

  it('orders rows by the sort column in Norwegian: numbers naturally, æ, ø, å after z, case ignored', () => {
    const names = ['Åsen AS', 'Zeta AS', 'bygg 10 AS', 'Ærlig AS', 'Øst AS', 'Bygg 9 AS', 'aker AS']
    const sort: TableSort<'name'> = { key: 'name', direction: 'asc' }
    const { rerender } = render(<DataTable caption="Liste" columns={COLUMNS} rows={names.map((n) => member(n))} rowKey={(m) => m.id} sort={sort} />)
    const expected = ['aker AS', 'Bygg 9 AS', 'bygg 10 AS', 'Zeta AS', 'Ærlig AS', 'Øst AS', 'Åsen AS']
    expect(rowNames(screen.getByRole('table'))).toEqual(expected)

    rerender(<DataTable caption="Liste" columns={COLUMNS} rows={names.map((n) => member(n))} rowKey={(m) => m.id} sort={{ key: 'name', direction: 'desc' }} />)
    expect(rowNames(screen.getByRole('table'))).toEqual(expected.toReversed())
  })

  it('sorts numbers by size and keeps blank values last in both directions', () => {
    const rows = [member('A', 120), member('B', null), member('C', 9), member('D', 45)]
    const { rerender } = render(<DataTable caption="Liste" columns={COLUMNS} rows={rows} rowKey={(m) => m.id} sort={{ key: 'employees', direction: 'asc' }} />)
    expect(rowNames(screen.getByRole('table'))).toEqual(['C', 'D', 'A', 'B'])
    rerender(<DataTable caption="Liste" columns={COLUMNS} rows={rows} rowKey={(m) => m.id} sort={{ key: 'employees', direction: 'desc' }} />)
    expect(rowNames(screen.getByRole('table'))).toEqual(['A', 'D', 'C', 'B'])
  })

  it('tells screen readers which column orders the rows, without making headers buttons when nobody can re-sort', () => {
    render(<DataTable caption="Liste" columns={COLUMNS} rows={[member('A')]} rowKey={(m) => m.id} sort={{ key: 'name', direction: 'asc' }} />)
    expect(screen.getByRole('columnheader', { name: 'Virksomhet' }).getAttribute('aria-sort')).toBe('ascending')
    expect(screen.getByRole('columnheader', { name: 'Ansatte' }).hasAttribute('aria-sort')).toBe(false)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('with onSort, every header is a button that asks for its column, and the rows stay as the caller ordered them when a column has no sort value', () => {
    const onSort = vi.fn()
    // The register's way: the caller sorts, so its columns carry no sort value.
    const plain: Column<Member, 'name' | 'employees'>[] = [
      { key: 'name', header: 'Virksomhet', rowHeader: true, cell: (m) => m.name },
      { key: 'employees', header: 'Ansatte', cell: (m) => m.employees ?? '–' },
    ]
    const rows = [member('Øst AS'), member('Aker AS')]
    render(<DataTable caption="Liste" columns={plain} rows={rows} rowKey={(m) => m.id} sort={{ key: 'name', direction: 'desc' }} onSort={onSort} />)
    expect(screen.getByRole('columnheader', { name: 'Virksomhet' }).getAttribute('aria-sort')).toBe('descending')
    expect(screen.getByRole('columnheader', { name: 'Ansatte' }).getAttribute('aria-sort')).toBe('none')
    fireEvent.click(screen.getByRole('button', { name: 'Ansatte' }))
    expect(onSort).toHaveBeenCalledWith('employees')
    expect(rowNames(screen.getByRole('table'))).toEqual(['Øst AS', 'Aker AS'])
  })

  it('shows a sentence or an EmptyState instead of a table without rows', () => {
    const { rerender } = render(<DataTable caption="Liste" columns={COLUMNS} rows={[]} rowKey={(m) => m.id} empty="Ingen medlemmer dette året." />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('Ingen medlemmer dette året.')).toBeTruthy()

    rerender(<DataTable caption="Liste" card columns={COLUMNS} rows={[]} rowKey={(m) => m.id} empty={{ title: 'Ingen treff', children: <p>Velg «Alle».</p> }} />)
    expect(screen.queryByRole('table')).toBeNull()
    const empty = screen.getByRole('region', { name: 'Ingen treff' })
    expect(within(empty).getByRole('heading', { name: 'Ingen treff' })).toBeTruthy()
    expect(empty.textContent).toContain('Velg «Alle».')
  })

  it('keeps an empty table with its headers when no empty state is given (a list still loading)', () => {
    render(<DataTable caption="Liste" columns={COLUMNS} rows={[]} rowKey={(m) => m.id} />)
    const table = screen.getByRole('table', { name: 'Liste' })
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2)
    expect(within(table).getAllByRole('row')).toHaveLength(1)
  })

  it('draws the table in a card named as a region, and a detail row under the row it belongs to', () => {
    const rows = [member('Aker AS'), member('Bygg AS'), member('Crux AS')]
    render(
      <DataTable
        caption="Liste"
        card="Innhold i listen"
        columns={COLUMNS}
        rows={rows}
        rowKey={(m) => m.id}
        renderDetail={(m) => (m.name === 'Bygg AS' ? <p>Begrunnelse for Bygg AS</p> : null)}
      />,
    )
    const table = within(screen.getByRole('region', { name: 'Innhold i listen' })).getByRole('table', { name: 'Liste' })
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['VirksomhetAnsatte', 'Aker AS–', 'Bygg AS–', 'Begrunnelse for Bygg AS', 'Crux AS–'])
  })
})

describe('DataTable, virtual', () => {
  const many = Array.from({ length: 1000 }, (_, i) => member(`Virksomhet ${i + 1}`, i))

  const renderVirtual = (selectedKey: string | null, onSelect = vi.fn(), onOpen = vi.fn(), onSort = vi.fn()) =>
    render(
      <DataTable
        caption="Virksomheter"
        columns={COLUMNS}
        rows={many}
        rowKey={(m) => m.id}
        onSort={onSort}
        virtual={{ rowHeight: 40, label: 'Virksomheter i listen. Piltastene velger rad, Enter åpner.' }}
        selection={{ selectedKey, onSelect, onOpen }}
      />,
    )

  it('draws only the rows in view, and tells screen readers how many rows there are', () => {
    scrollBoxOfTenRows()
    renderVirtual(null)
    const table = screen.getByRole('table', { name: 'Virksomheter' })
    expect(table.getAttribute('aria-rowcount')).toBe('1001')
    const drawn = within(table).getAllByRole('row').slice(1)
    expect(drawn.length).toBeGreaterThanOrEqual(10)
    expect(drawn.length).toBeLessThan(40)
    expect(drawn[0]!.getAttribute('aria-rowindex')).toBe('2')
    expect(drawn[0]!.textContent).toContain('Virksomhet 1')
  })

  it('selects with a click or the arrow keys, marks the chosen row, and opens it with Enter or a double click', () => {
    scrollBoxOfTenRows()
    const onSelect = vi.fn()
    const onOpen = vi.fn()
    renderVirtual('Virksomhet 3', onSelect, onOpen)
    const box = screen.getByRole('region', { name: 'Virksomheter i listen. Piltastene velger rad, Enter åpner.' })
    const chosen = screen.getByRole('row', { name: /Virksomhet 3\b/ })
    expect(chosen.getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('row', { name: /Virksomhet 4\b/ }).hasAttribute('aria-current')).toBe(false)

    fireEvent.keyDown(box, { key: 'ArrowDown' })
    expect(onSelect).toHaveBeenLastCalledWith('Virksomhet 4')
    fireEvent.keyDown(box, { key: 'ArrowUp' })
    expect(onSelect).toHaveBeenLastCalledWith('Virksomhet 2')
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onOpen).toHaveBeenLastCalledWith('Virksomhet 3')

    fireEvent.click(screen.getByRole('row', { name: /Virksomhet 5\b/ }))
    expect(onSelect).toHaveBeenLastCalledWith('Virksomhet 5')
    fireEvent.doubleClick(screen.getByRole('row', { name: /Virksomhet 6\b/ }))
    expect(onOpen).toHaveBeenLastCalledWith('Virksomhet 6')
  })

  it('starts at the first row when nothing is chosen and stops at the ends', () => {
    scrollBoxOfTenRows()
    const onSelect = vi.fn()
    const onOpen = vi.fn()
    const { unmount } = renderVirtual(null, onSelect, onOpen)
    fireEvent.keyDown(listBox(), { key: 'ArrowDown' })
    expect(onSelect).toHaveBeenLastCalledWith('Virksomhet 1')
    fireEvent.keyDown(listBox(), { key: 'Enter' })
    expect(onOpen).not.toHaveBeenCalled()
    unmount()

    renderVirtual('Virksomhet 1000', onSelect, onOpen)
    fireEvent.keyDown(listBox(), { key: 'ArrowDown' })
    expect(onSelect).toHaveBeenLastCalledWith('Virksomhet 1000')
  })

  it('leaves Enter on a sort button to the button, not to the chosen row', () => {
    scrollBoxOfTenRows()
    const onOpen = vi.fn()
    renderVirtual('Virksomhet 2', vi.fn(), onOpen)
    fireEvent.keyDown(screen.getByRole('button', { name: 'Virksomhet' }), { key: 'Enter' })
    expect(onOpen).not.toHaveBeenCalled()
  })
})
