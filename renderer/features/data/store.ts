import { create } from 'zustand'

/** A file waiting for its import preview: opened from disk or one of the backups. */
export type ImportSource = { name: string; bytes: Uint8Array; fromBackup: boolean }

type DataPageState = {
  source: ImportSource | null
  setSource: (source: ImportSource | null) => void
}

export const useDataPage = create<DataPageState>((set) => ({
  source: null,
  setSource: (source) => set({ source }),
}))

/** Bumped after a backup is written, so the list reloads from main. */
export const useBackupsVersion = create<{ version: number; bump: () => void }>((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}))
