/**
 * Finds a Chromium for the e2e tests and benches without ever downloading one: `CHROMIUM_PATH`,
 * then a Chromium, Chrome or Edge installed on the system (known places, then PATH), then a browser
 * Playwright itself installed earlier. Used by playwright.config.ts, scripts/test-all.mjs and
 * bench/; everything it touches is injectable so unit tests can stand in for any machine.
 */
import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** @typedef {{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright' }} Found */
/** @typedef {{ path: null, message: string }} Missing */
/**
 * @typedef {object} Machine
 * @property {Record<string, string | undefined>} [env]
 * @property {NodeJS.Platform} [platform]
 * @property {(file: string) => boolean} [isFile]
 * @property {() => string | null} [playwrightChromium] where Playwright keeps its own Chromium (it may be absent)
 */

/** @param {Machine} [machine] @returns {Found | Missing} */
export function findChromium(machine = {}) {
  const { env = process.env, platform = process.platform, isFile = isExistingFile, playwrightChromium = playwrightChromiumPath } = machine
  const chosen = env.CHROMIUM_PATH
  if (chosen) {
    if (isFile(chosen)) return { path: chosen, source: 'CHROMIUM_PATH' }
    // The user asked for this browser: falling back to another would hide the typo.
    return { path: null, message: `Fant ingen Chromium: CHROMIUM_PATH=${chosen} finnes ikke. Rett stien, eller fjern CHROMIUM_PATH så leter testene selv.` }
  }
  const system = systemLocations(platform, env).find(isFile)
  if (system) return { path: system, source: 'system' }
  const onPath = pathLocations(platform, env).find(isFile)
  if (onPath) return { path: onPath, source: 'PATH' }
  const own = safely(playwrightChromium)
  if (own && isFile(own)) return { path: own, source: 'playwright' }
  return { path: null, message: `Fant ingen Chromium: ${INSTALL_HINT[platform] ?? INSTALL_HINT.linux}` }
}

/**
 * For scripts and configs: the browser's path, or one line on stderr saying how to get one and
 * exit code 1, never a stack trace.
 * @param {Machine} [machine] @returns {string}
 */
export function chromiumOrExit(machine) {
  const found = findChromium(machine)
  if (found.path !== null) return found.path
  console.error(found.message)
  process.exit(1)
}

/** @type {Partial<Record<NodeJS.Platform, string>> & { linux: string }} */
const INSTALL_HINT = {
  linux: 'installer med `sudo apt-get install chromium`, eller sett CHROMIUM_PATH=/sti/til/chromium.',
  darwin: 'installer med `brew install --cask chromium` (eller Google Chrome), eller sett CHROMIUM_PATH=/sti/til/Chromium.',
  win32: 'installer Google Chrome eller Microsoft Edge, eller sett CHROMIUM_PATH=C:\\sti\\til\\chrome.exe.',
}

/** @param {NodeJS.Platform} platform @param {Record<string, string | undefined>} env @returns {string[]} */
function systemLocations(platform, env) {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
    return apps.flatMap((app) => roots.map((root) => path.posix.join(root, app)))
  }
  if (platform === 'win32') {
    const programFiles = env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files'
    const programFilesX86 = env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'
    const localAppData = env.LOCALAPPDATA ?? env.LocalAppData
    const roots = [programFiles, programFilesX86, ...(localAppData ? [localAppData] : [])]
    const apps = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe']
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)))
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']
}

/** @param {NodeJS.Platform} platform @param {Record<string, string | undefined>} env @returns {string[]} */
function pathLocations(platform, env) {
  const windows = platform === 'win32'
  const names = windows ? ['chrome.exe', 'msedge.exe'] : ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']
  const dirs = (env.PATH ?? env.Path ?? '').split(windows ? ';' : ':').filter(Boolean)
  return dirs.flatMap((dir) => names.map((name) => (windows ? path.win32 : path.posix).join(dir, name)))
}

/** @param {string} file */
function isExistingFile(file) {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

// Asks playwright-core where its Chromium would be; it answers from its registry and downloads nothing.
function playwrightChromiumPath() {
  const { chromium } = createRequire(import.meta.url)('playwright-core')
  return chromium.executablePath() || null
}

/** @param {() => string | null} lookup */
function safely(lookup) {
  try {
    return lookup()
  } catch {
    // No playwright-core, or a platform Playwright has no build for: no browser of its own.
    return null
  }
}
