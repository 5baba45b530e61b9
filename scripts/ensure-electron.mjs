#!/usr/bin/env node
/**
 * `prestart` and `predev`: makes sure Electron's binary is in node_modules/electron before
 * electron-vite runs. Since Electron 42 the `electron` package downloads its binary lazily, the
 * first time `require('electron')` runs, but electron-vite only reads `path.txt` and gives up with
 * "Electron uninstall". So this runs Electron's own installer (install.js, what `install-electron`
 * runs) when the binary is missing, and does nothing when it is there.
 *
 * The download happens in a private temporary folder, so a failed or interrupted download leaves
 * nothing behind (nor does a half-unpacked dist/). A failure is one line: what failed, why, and
 * how to retry; no stack trace. A download that sends no data for NFK_ELECTRON_STALL_SECONDS
 * (default 60) is stopped. Not a postinstall on purpose: `npm ci` must work where the download
 * cannot, as on the machines this project is built and tested on.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { downloadingLine, electronMirror, failureLine, nodeVersionWarning, progressText, readyLine } from './electron-download-report.mjs'

const POLL_MS = 250
/** Without a terminal, print a progress line per this many bytes (and the first), not per poll. */
const LOG_STEP_BYTES = 10_000_000

const warning = nodeVersionWarning(process.versions.node)
if (warning) console.warn(warning)

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))

if (!isInstalled()) await install()

/** What install.js checks before it downloads: the unpacked version and the executable path.txt names. */
function isInstalled() {
  try {
    if (readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '') !== version) return false
    return existsSync(join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8')))
  } catch {
    return false
  }
}

async function install() {
  console.log(downloadingLine(version, electronMirror(process.env)))
  const privateTmp = mkdtempSync(join(tmpdir(), 'nfk-electron-'))
  const stallSeconds = Number(process.env.NFK_ELECTRON_STALL_SECONDS) || 60
  const child = spawn(process.execPath, ['--require', fileURLToPath(new URL('./electron-fetch-cause.cjs', import.meta.url)), join(electronDir, 'install.js')], {
    // @electron/get downloads into os.tmpdir(): point it at a folder this script removes afterwards.
    env: { ...process.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp, ELECTRON_GET_NO_PROGRESS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))

  /** @type {number | undefined} */
  let stalledSeconds
  let interrupted = false
  const stop = () => {
    interrupted = true
    child.kill('SIGTERM')
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  const progress = progressReporter()
  let lastSizes = ''
  let lastChange = Date.now()
  const poll = setInterval(() => {
    const downloaded = sizeOf(privateTmp)
    const unpacked = sizeOf(join(electronDir, 'dist'))
    progress.show(downloaded)
    // Progress is any change: bytes arriving, the zip moving to the cache, files unpacking.
    if (`${downloaded}/${unpacked}` !== lastSizes) {
      lastSizes = `${downloaded}/${unpacked}`
      lastChange = Date.now()
    } else if (Date.now() - lastChange > stallSeconds * 1000 && stalledSeconds === undefined) {
      stalledSeconds = stallSeconds
      child.kill('SIGTERM')
    }
  }, POLL_MS)

  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1))
    child.on('close', (status) => resolve(status ?? -1))
  })
  clearInterval(poll)
  progress.end()
  rmSync(privateTmp, { recursive: true, force: true })

  if (code === 0 && !interrupted && stalledSeconds === undefined && isInstalled()) {
    console.log(readyLine(version))
    return
  }
  // A half-unpacked dist/ without path.txt would only confuse the next run and electron-vite.
  rmSync(join(electronDir, 'dist'), { recursive: true, force: true })
  rmSync(join(electronDir, 'path.txt'), { force: true })
  console.error(failureLine({ version, env: process.env, stderr, stalledSeconds, interrupted }))
  process.exitCode = interrupted ? 130 : 1
}

/** Total size of the files under a folder, 0 when it does not exist. @param {string} dir */
function sizeOf(dir) {
  let total = 0
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0
    }
  } catch {
    // The folder is replaced while we look (the zip moves to the cache): count it next time.
  }
  return total
}

/** On a terminal one line updated in place; in a log a line per step, so a CI log stays short. */
function progressReporter() {
  const tty = process.stdout.isTTY
  let shownBytes = 0
  let shown = false
  return {
    /** @param {number} bytes */
    show(bytes) {
      if (bytes <= shownBytes) return
      if (tty) process.stdout.write(`\r${progressText(bytes)}`)
      else if (!shown || Math.floor(bytes / LOG_STEP_BYTES) > Math.floor(shownBytes / LOG_STEP_BYTES)) console.log(progressText(bytes))
      else return
      shownBytes = bytes
      shown = true
    },
    end() {
      if (tty && shown) process.stdout.write('\n')
    },
  }
}
