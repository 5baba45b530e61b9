/**
 * The Data page's Import section on screen, for its tests: main as the import needs it, the section
 * shown with a chosen file, and the leaving after each test (unmounted, the file dropped, no main).
 */
import { act, cleanup, render } from '@testing-library/react'
import type { DesktopApi } from '../../../../../electron/shared/ipc-contract'
import { ImportSection } from '../../../../../renderer/features/data/ImportSection'
import { useDataPage } from '../../../../../renderer/features/data/store'

/** Main as the import asks it: the app's version, and the backup written before an import. */
export const importHost = {
  appInfo: async () => ({ ok: true, data: { version: '1.0.0' } }),
  writeBackup: async () => ({ ok: true, data: { name: 'x-before-import.json', path: '/sikkerhetskopier/x-before-import.json', secondPath: null, secondError: null } }),
} as unknown as DesktopApi

/** The section on screen with this file chosen, as the file dialog gives it. */
export function showImportOf(bytes: Uint8Array, name = 'fil.json'): void {
  render(<ImportSection />)
  act(() => useDataPage.getState().setSource({ name, bytes, fromBackup: false }))
}

/** After a test: the section unmounted, its file dropped (the store outlives the test), and no main. */
export function leaveImportSection(): void {
  cleanup()
  act(() => useDataPage.getState().setSource(null))
  window.nfk = undefined
}
