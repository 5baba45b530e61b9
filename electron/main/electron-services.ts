/** HostServices backed by Electron: native dialogs, shell, and the window's event channel. */
import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { FileKind } from '../shared/channels/files'
import { EVENT_CHANNEL } from '../shared/ipc-contract'
import type { HostServices } from './host/services'

const FILTERS: Record<FileKind, Electron.FileFilter> = {
  csv: { name: 'CSV for Excel', extensions: ['csv'] },
  xlsx: { name: 'Excel-arbeidsbok', extensions: ['xlsx'] },
  json: { name: 'NFK-eksport', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  image: { name: 'Bilde', extensions: ['png', 'jpg', 'jpeg'] },
  ics: { name: 'Kalenderfil', extensions: ['ics'] },
}

export function createElectronServices(getWindow: () => BrowserWindow | null): HostServices {
  const parent = () => getWindow() ?? undefined
  return {
    appVersion: app.getVersion(),
    platform: process.platform,
    isTestHost: false,
    dataFolder: app.getPath('userData'),
    documentsFolder: app.getPath('documents'),
    dialogs: {
      chooseSavePath: async ({ suggestedName, kind, defaultFolder }) => {
        const options: Electron.SaveDialogOptions = {
          title: 'Lagre som',
          defaultPath: defaultFolder ? `${defaultFolder}/${suggestedName}` : suggestedName,
          filters: [FILTERS[kind]],
        }
        const win = parent()
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      chooseOpenPath: async ({ kinds }) => {
        const options: Electron.OpenDialogOptions = {
          title: 'Åpne fil',
          properties: ['openFile'],
          filters: kinds.map((k) => FILTERS[k]),
        }
        const win = parent()
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      chooseFolder: async (title) => {
        const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] }
        const win = parent()
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      confirm: async (message, detail) => {
        const options: Electron.MessageBoxOptions = {
          type: 'question',
          buttons: ['Åpne', 'Avbryt'],
          defaultId: 1,
          cancelId: 1,
          message,
          detail,
        }
        const win = parent()
        const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
        return result.response === 0
      },
    },
    shell: {
      openPath: (path) => shell.openPath(path),
      openExternal: (url) => shell.openExternal(url),
    },
    emit: (event) => getWindow()?.webContents.send(EVENT_CHANNEL, event),
    log: (message, error) => console.error(`[nfk] ${message}`, error ?? ''),
  }
}
