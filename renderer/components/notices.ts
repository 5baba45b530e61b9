import { create } from 'zustand'

export type Notice = { id: number; kind: 'info' | 'success' | 'error'; text: string; action?: { label: string; run: () => void } }

type NoticeState = {
  notices: Notice[]
  push: (notice: Omit<Notice, 'id'>) => number
  dismiss: (id: number) => void
}

let nextId = 1

/** How long a message stays, and an offer to act on it ("Angre"): long enough to reach it by keyboard or a screen reader. */
const MESSAGE_MS = 8000
const OFFER_MS = 30_000

/** Same kind, words and offered action: the user could not tell the two apart. */
const sameAs = (a: Omit<Notice, 'id'>, b: Omit<Notice, 'id'>): boolean =>
  a.kind === b.kind && a.text === b.text && a.action?.label === b.action?.label

/** Messages shown in the page's live region (success, errors, undo offers). */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (notice) => {
    const id = nextId++
    // A repeated message replaces the one shown (fresh id, fresh timer, newest action) instead of
    // stacking: syncing four times in a row should say "ferdig" once, not four times.
    set((s) => ({ notices: [...s.notices.filter((n) => !sameAs(n, notice)).slice(-4), { ...notice, id }] }))
    if (notice.kind !== 'error') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), notice.action ? OFFER_MS : MESSAGE_MS)
    return id
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

export const notify = (text: string, kind: Notice['kind'] = 'success', action?: Notice['action']): number =>
  useNotices.getState().push(action ? { kind, text, action } : { kind, text })
