import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findChromium, type Machine } from '../../../scripts/find-chromium.mjs'

/** A machine where only `files` exist and Playwright has no browser of its own. */
const machine = (files: string[], more: Machine = {}): Machine => ({
  env: {},
  platform: 'linux',
  isFile: (file) => files.includes(file),
  playwrightChromium: () => '/home/kari/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
  ...more,
})

/** The one-line message on a machine without any browser. */
function none(platform: NodeJS.Platform): string {
  const found = findChromium(machine([], { platform, playwrightChromium: () => null }))
  if (found.path !== null) throw new Error(`found ${found.path}`)
  expect(found.message).not.toContain('\n')
  return found.message
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, even when the system has its own Chromium', () => {
    expect(findChromium(machine(['/opt/chromium/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chromium/chrome' } }))).toEqual({ path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that does not exist instead of quietly taking another browser', () => {
    const found = findChromium(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chromum/chrome' } }))
    expect(found).toEqual({ path: null, message: expect.stringContaining('CHROMIUM_PATH=/opt/chromum/chrome finnes ikke') })
  })

  it('finds Debian and Ubuntu Chromium, in that order', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/bin/chromium-browser'])).path).toBe('/usr/bin/chromium')
    expect(findChromium(machine(['/usr/bin/chromium-browser']))).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' })
  })

  it('finds Chrome on macOS, in /Applications or the home folder', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(machine([chrome], { platform: 'darwin' })).path).toBe(chrome)
    const own = '/Users/kari/Applications/Chromium.app/Contents/MacOS/Chromium'
    expect(findChromium(machine([own], { platform: 'darwin', env: { HOME: '/Users/kari' } })).path).toBe(own)
  })

  it('finds Chrome and Edge in the Windows program folders the environment names', () => {
    const chrome = 'D:\\Programmer (x86)\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium(machine([chrome], { platform: 'win32', env: { 'ProgramFiles(x86)': 'D:\\Programmer (x86)' } })).path).toBe(chrome)
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findChromium(machine([edge], { platform: 'win32' })).path).toBe(edge)
    const userChrome = 'C:\\Users\\kari\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium(machine([userChrome], { platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local' } })).path).toBe(userChrome)
  })

  it('looks along PATH when no known place has one', () => {
    const found = findChromium(machine(['/opt/homebrew/bin/chromium'], { platform: 'darwin', env: { PATH: '/usr/bin:/opt/homebrew/bin' } }))
    expect(found).toEqual({ path: '/opt/homebrew/bin/chromium', source: 'PATH' })
  })

  it("falls back to Playwright's own Chromium only when it is installed", () => {
    const own = '/home/kari/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'
    expect(findChromium(machine([own]))).toEqual({ path: own, source: 'playwright' })
    expect(findChromium(machine([])).path).toBeNull()
  })

  it('says in one line how to get a browser when there is none, for the platform at hand', () => {
    expect(none('linux')).toBe('Fant ingen Chromium: installer med `sudo apt-get install chromium`, eller sett CHROMIUM_PATH=/sti/til/chromium.')
    expect(none('darwin')).toContain('brew install --cask chromium')
    expect(none('win32')).toContain('Google Chrome eller Microsoft Edge')
  })

  it("treats a Playwright that cannot name a browser (none for this platform) as having none", () => {
    const found = findChromium(machine([], { playwrightChromium: () => { throw new Error('ERROR: Playwright does not support chromium on this platform') } }))
    expect(found).toEqual({ path: null, message: expect.stringMatching(/^Fant ingen Chromium/) })
  })
})

describe('npm test without a browser', () => {
  const root = path.resolve(import.meta.dirname, '../../..')
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/test-all.mjs', ...args], { cwd: root, env: { ...env, PATH: '' }, encoding: 'utf8', timeout: 20_000 })
  let temp: string | undefined
  afterEach(() => temp && rmSync(temp, { recursive: true, force: true }))

  it('prints one line on how to get one and exits 1, before running any step', () => {
    for (const args of [['--check-browser'], []]) {
      const result = run(args, { CHROMIUM_PATH: '/nowhere/chromium' })
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe('Fant ingen Chromium: CHROMIUM_PATH=/nowhere/chromium finnes ikke. Rett stien, eller fjern CHROMIUM_PATH så leter testene selv.\n')
    }
  })

  it('names the browser it found with --check-browser', () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'nfk-chromium-'))
    const browser = path.join(temp, 'chromium')
    writeFileSync(browser, '')
    const result = run(['--check-browser'], { CHROMIUM_PATH: browser })
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`Chromium: ${browser}\n`)
  })
})
