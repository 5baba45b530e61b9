import type { DesktopApi, Result } from '../../electron/shared/ipc-contract'
import { messageOf } from './result'

/** The host bridge. The page reaches main only through this object. */
export function desktop(): DesktopApi {
  const api = window.nfk
  // Not a user's failure: the page runs without its host only in a test that forgot to give it one.
  if (!api) throw new Error('Programmet kjører uten skrivebordsvert')
  return api
}

export const hasDesktop = (): boolean => window.nfk !== undefined

/** Main's failures in Norwegian: the one mapping is `messageOf` (lib/result), under the name its callers know. */
export const hostErrorMessage = (result: Extract<Result<unknown>, { ok: false }>): string => messageOf(result)
