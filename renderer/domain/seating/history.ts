/** Undo and redo over immutable snapshots: every change, bulk ones included, is one step. */
export type History<T> = { past: T[]; present: T; future: T[] }

const LIMIT = 200

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] })

export function record<T>(history: History<T>, next: T): History<T> {
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [] }
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] }
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: rest }
}

export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0
