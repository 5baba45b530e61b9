/**
 * A hand-written stand-in for the `electron` module (its runtime cannot start here). It records
 * what the main process asks of Electron so tests can check the wiring.
 */
import { EventEmitter } from 'node:events'
import os from 'node:os'
import path from 'node:path'

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  static nextId = 1
  id = FakeWebContents.nextId++
  mainFrame = { url: '' }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  sent: { channel: string; payload: unknown }[] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  getURL() {
    return this.mainFrame.url
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = []
  webContents = new FakeWebContents()
  loadedUrl: string | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.created.push(this)
    electronMock.app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url: string) {
    this.loadedUrl = url
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
}

class FakeApp extends EventEmitter {
  singleInstance = true
  quitCalls = 0
  private readyResolve: (() => void) | null = null
  private readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve))
  requestSingleInstanceLock() {
    return this.singleInstance
  }
  quit() {
    this.quitCalls++
  }
  whenReady() {
    return this.readyPromise
  }
  makeReady() {
    this.readyResolve?.()
    return this.readyPromise
  }
  getVersion() {
    return '0.1.0'
  }
  getPath(name: string) {
    return path.join(os.tmpdir(), `nfk-electron-mock-${process.pid}`, name)
  }
}

const ipcHandlers = new Map<string, Listener>()
const permissionHandlers: { request: Listener | null; check: Listener | null } = { request: null, check: null }
const privilegedSchemes: unknown[] = []
const protocolHandlers = new Map<string, Listener>()

export const electronMock = {
  app: new FakeApp(),
  BrowserWindow,
  ipcMain: {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: Listener) => protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (permissionHandlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (permissionHandlers.check = handler),
    },
  },
  dialog: {
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showMessageBox: async () => ({ response: 1 }),
  },
  shell: {
    openPath: async () => '',
    openExternal: async () => {},
  },
  contextBridge: { exposeInMainWorld: () => {} },
  ipcRenderer: { invoke: async () => null, on: () => {}, removeListener: () => {} },
  // Recorded state for assertions.
  recorded: { ipcHandlers, permissionHandlers, privilegedSchemes, protocolHandlers },
}

export default electronMock
