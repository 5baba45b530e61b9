import { create } from 'zustand'

export type Notice = { id: number; kind: 'info' | 'success' | 'error'; text: string; action?: { label: string; run: () => void } }

type NoticeState = {
  notices: Notice[]
  push: (notice: Omit<Notice, 'id'>) => number
  dismiss: (id: number) => void
}

let nextId = 1

/** Messages shown in the page's live region (success, errors, undo offers). */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (notice) => {
    const id = nextId++
    set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id }] }))
    if (notice.kind !== 'error') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 8000)
    return id
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

export const notify = (text: string, kind: Notice['kind'] = 'success', action?: Notice['action']): number =>
  useNotices.getState().push(action ? { kind, text, action } : { kind, text })
