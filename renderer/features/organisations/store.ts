/** UI state of the register (filters, sort, selected row), kept while the user visits a record. */
import { create } from 'zustand'
import { emptyFilter, type RegisterFilter, type Sort, type SortKey } from './register-rows'

type RegisterState = {
  filter: RegisterFilter
  sort: Sort
  selectedId: string | null
  setFilter: (change: Partial<RegisterFilter>) => void
  resetFilter: () => void
  toggleSort: (key: SortKey) => void
  select: (id: string | null) => void
}

export const useRegisterStore = create<RegisterState>((set) => ({
  filter: emptyFilter(),
  sort: { key: 'name', direction: 'asc' },
  selectedId: null,
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  resetFilter: () => set({ filter: emptyFilter() }),
  toggleSort: (key) =>
    set((s) => ({
      sort: s.sort.key === key ? { key, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    })),
  select: (id) => set({ selectedId: id }),
}))
