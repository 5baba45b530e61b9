import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { HostServices } from '../../../../electron/main/host/services'

/** HostServices for unit tests: a temporary data folder and recorded calls. */
export function fakeServices(overrides: Partial<HostServices['dialogs']> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nfk-unit-'))
  const calls = { openExternal: [] as string[], openPath: [] as string[], confirm: [] as string[] }
  const services: HostServices = {
    appVersion: '0.0.0-test',
    platform: 'linux',
    isTestHost: true,
    dataFolder: root,
    documentsFolder: root,
    dialogs: {
      chooseSavePath: async (r) => path.join(root, r.suggestedName),
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      confirm: async (message) => {
        calls.confirm.push(message)
        return false
      },
      ...overrides,
    },
    shell: {
      openPath: async (p) => {
        calls.openPath.push(p)
        return ''
      },
      openExternal: async (url) => {
        calls.openExternal.push(url)
      },
    },
    emit: () => {},
    log: () => {},
  }
  return { services, calls, root }
}
