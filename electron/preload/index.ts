/**
 * The sandboxed preload (CommonJS): one curated object on `window.nfk`. The page reaches main only
 * through it; every method is one IPC channel from the shared contract.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createDesktopApi, EVENT_CHANNEL, type DesktopApi, type HostEvent } from '../shared/ipc-contract'

const api = createDesktopApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: HostEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped)
  },
) satisfies DesktopApi

contextBridge.exposeInMainWorld('nfk', api)
