/**
 * The thin Electron shell: one instance, one hardened window on the fixed app origin, and every
 * IPC channel served through the one handler wrapper. All logic lives in plain Node modules.
 */
import path from 'node:path'
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from '../shared/app-origin'
import { channelNames, ipcChannel } from '../shared/ipc-contract'
import { serveAppRequest } from './app-protocol'
import { createElectronServices } from './electron-services'
import { backupStateOf } from './host/backup-handlers'
import { createHostContext } from './host/context'
import { createHandlers } from './host/handlers'
import { createDispatch } from './ipc/handle'
import { hardenContents, hardenSession } from './security'

export type BootPaths = { preload: string; renderer: string }

export function bootstrap(paths: BootPaths): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])

  let mainWindow: BrowserWindow | null = null
  const services = createElectronServices(() => mainWindow)
  const context = createHostContext(services)
  const dispatch = createDispatch(createHandlers(context), [APP_ORIGIN], services.log)

  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) =>
      dispatch(name, {
        url: event.senderFrame?.url ?? '',
        fromAppWindow: mainWindow !== null && event.sender === mainWindow.webContents && event.senderFrame === event.sender.mainFrame,
      }, payload),
    )
  }

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenContents(contents))

  app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, paths.renderer))

    // The options stay literal here so a reader (and Electronegativity) sees them at a glance.
    mainWindow = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 640,
      title: 'NFK Sekretariat',
      show: false,
      backgroundColor: '#f5f6f8',
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: true,
      },
    })
    mainWindow.once('ready-to-show', () => mainWindow?.show())
    // The last backup on close: ask the page, wait (with a time limit), then really close.
    let closing = false
    mainWindow.on('close', (event) => {
      if (closing) return
      closing = true
      event.preventDefault()
      void backupStateOf(context).close.run().finally(() => mainWindow?.destroy())
    })
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    void mainWindow.loadURL(APP_ENTRY_URL)
  })

  app.on('window-all-closed', () => app.quit())
}

export function defaultPaths(mainDir: string): BootPaths {
  return {
    preload: path.join(mainDir, '../preload/index.cjs'),
    renderer: path.join(mainDir, '../renderer'),
  }
}
