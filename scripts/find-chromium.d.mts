export type Found = { path: string; source: 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright' }
export type Missing = { path: null; message: string }
export type Machine = {
  env?: Record<string, string | undefined>
  platform?: NodeJS.Platform
  isFile?: (file: string) => boolean
  playwrightChromium?: () => string | null
}
export function findChromium(machine?: Machine): Found | Missing
export function chromiumOrExit(machine?: Machine): string
