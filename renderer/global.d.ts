import type { DesktopApi } from '../electron/shared/ipc-contract'

declare global {
  interface Window {
    /** The preload's curated API; the only way the page reaches the host. */
    nfk?: DesktopApi
  }
}
