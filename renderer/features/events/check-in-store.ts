import { create } from 'zustand'

/** The door's UI state only; who has arrived lives in IndexedDB and survives a reload. */
export type DoorMessage = { kind: 'checked-in' | 'already' | 'undone' | 'full'; text: string; registrationId?: string }

type CheckInState = {
  query: string
  highlight: number
  message: DoorMessage | null
  walkIn: { name: string; orgQuery: string; orgHighlight: number } | null
  setQuery: (query: string) => void
  setHighlight: (highlight: number) => void
  say: (message: DoorMessage | null) => void
  openWalkIn: (name: string) => void
  editWalkIn: (patch: Partial<NonNullable<CheckInState['walkIn']>>) => void
  closeWalkIn: () => void
  reset: () => void
}

export const useCheckIn = create<CheckInState>((set) => ({
  query: '',
  highlight: 0,
  message: null,
  walkIn: null,
  setQuery: (query) => set({ query, highlight: 0 }),
  setHighlight: (highlight) => set({ highlight }),
  say: (message) => set({ message }),
  openWalkIn: (name) => set({ walkIn: { name, orgQuery: '', orgHighlight: 0 } }),
  editWalkIn: (patch) => set((s) => (s.walkIn ? { walkIn: { ...s.walkIn, ...patch } } : {})),
  closeWalkIn: () => set({ walkIn: null }),
  reset: () => set({ query: '', highlight: 0, message: null, walkIn: null }),
}))
