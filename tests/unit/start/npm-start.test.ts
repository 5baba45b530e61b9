/**
 * The README's `npm install && npm start` on a clean install, for real: `npm start` in a copy of the
 * project whose node_modules/electron has no binary, with ELECTRON_MIRROR pointing at a stand-in
 * Electron release on 127.0.0.1 (remote checksums, so the bundled checksums.json does not reject
 * it). Nothing here reaches beyond 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeVersionWarning } from '../../../scripts/electron-download-report.mjs'
import { serveStandInRelease, type StandInRelease } from '../../fixtures/electron-release'
import { copyProject, PROJECT, type ProjectCopy } from '../../fixtures/project-copy'
import { isolatedEnv, runNpm, type NpmRun } from '../../fixtures/run-npm'

const VERSION = JSON.parse(readFileSync(join(PROJECT, 'node_modules/electron/package.json'), 'utf8')).version as string
/** A failing start must end well within this; a run still going is killed and fails the test. */
const FAILURE_LIMIT_MS = 45_000
const RUN_LIMIT_MS = 150_000
const NODE_WARNING = nodeVersionWarning(process.versions.node)

let scratch: string
const realElectron = join(PROJECT, 'node_modules/electron')
const realElectronState = () => ({ dist: existsSync(join(realElectron, 'dist')), pathTxt: existsSync(join(realElectron, 'path.txt')) })
const before = realElectronState()

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nfk-start-test-'))
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  // The copies must never have written into the worktree's own Electron package.
  expect(realElectronState()).toEqual(before)
})

/** A fresh folder for one run's temporary files and Electron cache, so leftovers can be seen. */
function runFolders(name: string) {
  const folders = { tmp: join(scratch, name, 'tmp'), cache: join(scratch, name, 'cache'), record: join(scratch, name, 'launches.txt') }
  mkdirSync(folders.tmp, { recursive: true })
  mkdirSync(folders.cache, { recursive: true })
  return folders
}

function startEnv(mirror: string, folders: ReturnType<typeof runFolders>, extra: Record<string, string> = {}) {
  return isolatedEnv(scratch, {
    ELECTRON_MIRROR: mirror,
    electron_use_remote_checksums: '1',
    electron_config_cache: folders.cache,
    TMPDIR: folders.tmp,
    STANDIN_RECORD: folders.record,
    ...extra,
  })
}

/** Each launch of the stand-in, as the folder it ran in and the arguments it got. */
function launches(record: string) {
  if (!existsSync(record)) return []
  return readFileSync(record, 'utf8')
    .split('end\n')
    .filter(Boolean)
    .map((block) => {
      const lines = block.trim().split('\n')
      return {
        cwd: lines.find((l) => l.startsWith('cwd='))?.slice(4),
        args: lines.filter((l) => l.startsWith('arg=')).map((l) => l.slice(4)),
      }
    })
}

/** Lines our step printed to stderr, without npm's own report of a failed script. */
function ownErrorLines(run: NpmRun) {
  return run.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm error') && line !== NODE_WARNING)
}

function expectNothingLeftBehind(copy: ProjectCopy, folders: ReturnType<typeof runFolders>) {
  const electron = join(copy.root, 'node_modules/electron')
  expect(existsSync(join(electron, 'dist'))).toBe(false)
  expect(existsSync(join(electron, 'path.txt'))).toBe(false)
  expect(readdirSync(folders.tmp)).toEqual([])
  expect(readdirSync(folders.cache, { recursive: true }).filter((f) => String(f).endsWith('.zip'))).toEqual([])
}

describe('npm start on a clean install', () => {
  let release: StandInRelease
  let copy: ProjectCopy
  let folders: ReturnType<typeof runFolders>

  afterAll(async () => {
    await release?.close()
  })

  it('downloads Electron with progress, then builds and launches it on the project folder', async () => {
    release = await serveStandInRelease(VERSION, 'paused')
    copy = copyProject(scratch)
    folders = runFolders('first')
    // The server holds back the second half of the zip until a progress line is on screen.
    const run = await runNpm(copy.root, ['start'], startEnv(release.mirror, folders), RUN_LIMIT_MS, (out) => {
      if (/^ {2}\d+\.\d MB downloaded$/m.test(out)) release.releaseZip()
    })

    expect(run.timedOut).toBe(false)
    expect(run.code, run.stderr).toBe(0)
    expect(release.requests).toEqual([`/v${VERSION}/${release.zipName}`, `/v${VERSION}/SHASUMS256.txt`])
    expect(run.stdout).toContain(`Electron ${VERSION} is not installed yet: downloading it once from ${new URL(release.mirror).host}…`)
    expect(run.stdout).toContain(`Electron ${VERSION} is installed.`)

    const electron = join(copy.root, 'node_modules/electron')
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron')
    expect(launches(folders.record)).toEqual([{ cwd: realpathSync(copy.root), args: ['.'] }])
    const main = JSON.parse(readFileSync(join(copy.root, 'package.json'), 'utf8')).main
    expect(main).toBe('out/main/index.js')
    expect(existsSync(join(copy.root, main))).toBe(true)
    expect(run.stderr.split('\n').includes(NODE_WARNING ?? '')).toBe(NODE_WARNING !== null)
  })

  it('downloads nothing on the second start and launches again', async () => {
    const requestsBefore = release.requests.length
    const run = await runNpm(copy.root, ['start'], startEnv(release.mirror, folders), RUN_LIMIT_MS)

    expect(run.code, run.stderr).toBe(0)
    expect(release.requests.length).toBe(requestsBefore)
    expect(run.stdout).not.toContain('downloading')
    expect(launches(folders.record)).toHaveLength(2)
  })

  it('starts without a network on a fresh install when Electron’s download cache has the release', async () => {
    await release.close()
    const offline = copyProject(scratch)
    // Without remote checksums the zip is checked against the bundled checksums.json, as for a
    // real release; this copy's list vouches for the stand-in.
    const checksumsFile = join(offline.root, 'node_modules/electron/checksums.json')
    const checksums = JSON.parse(readFileSync(checksumsFile, 'utf8'))
    writeFileSync(checksumsFile, JSON.stringify({ ...checksums, [release.zipName]: release.zipSha256 }))
    const { electron_use_remote_checksums: _remote, ...env } = startEnv(release.mirror, folders)

    const run = await runNpm(offline.root, ['start'], env, RUN_LIMIT_MS)

    expect(run.code, run.stderr).toBe(0)
    expect(readFileSync(join(offline.root, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron')
    expect(launches(folders.record).at(-1)).toEqual({ cwd: realpathSync(offline.root), args: ['.'] })
  })
})

describe('npm start when the download fails', () => {
  it('says in one line that the mirror refused, how to retry, exits non-zero and keeps nothing', async () => {
    const gone = await serveStandInRelease(VERSION)
    await gone.close()
    const copy = copyProject(scratch)
    const folders = runFolders('refused')

    for (const [args, command] of [
      [['start'], 'npm start'],
      [['run', 'dev'], 'npm run dev'],
    ] as const) {
      const run = await runNpm(copy.root, [...args], startEnv(gone.mirror, folders), FAILURE_LIMIT_MS)

      expect(run.timedOut).toBe(false)
      expect(run.code).not.toBe(0)
      const lines = ownErrorLines(run)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^Electron ${VERSION.replaceAll('.', '\\.')} download failed: 127\\.0\\.0\\.1:\\d+ refused the connection`))
      expect(lines[0]).toContain(`Run ${command} again when online`)
      expect(lines[0]).toContain('ELECTRON_MIRROR')
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at |TypeError|fetch failed/m)
      expectNothingLeftBehind(copy, folders)
      // It stops before electron-vite: nothing was built.
      expect(existsSync(join(copy.root, 'out'))).toBe(false)
    }
    expect(launches(folders.record)).toEqual([])
  })

  it('stops a download that stalls halfway and removes the half zip', async () => {
    const stalling = await serveStandInRelease(VERSION, 'stalls')
    const copy = copyProject(scratch)
    const folders = runFolders('stalled')
    try {
      const run = await runNpm(copy.root, ['start'], startEnv(stalling.mirror, folders, { NFK_ELECTRON_STALL_SECONDS: '2' }), FAILURE_LIMIT_MS)

      expect(run.timedOut).toBe(false)
      expect(run.code).not.toBe(0)
      expect(stalling.requests).toEqual([`/v${VERSION}/${stalling.zipName}`])
      expect(ownErrorLines(run)).toEqual([expect.stringMatching(/download failed: no data from 127\.0\.0\.1:\d+ for 2 s/)])
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m)
      expectNothingLeftBehind(copy, folders)
    } finally {
      await stalling.close()
    }
  })

  it('keeps nothing when the download is interrupted with Ctrl+C', async () => {
    const paused = await serveStandInRelease(VERSION, 'paused')
    const copy = copyProject(scratch)
    const folders = runFolders('interrupted')
    try {
      let pressed = false
      const run = await runNpm(copy.root, ['start'], startEnv(paused.mirror, folders), FAILURE_LIMIT_MS, (out, pressCtrlC) => {
        if (!pressed && /^ {2}\d+\.\d MB downloaded$/m.test(out)) {
          pressed = true
          pressCtrlC()
        }
      })

      expect(pressed).toBe(true)
      expect(run.timedOut).toBe(false)
      expect(run.code).not.toBe(0)
      expect(ownErrorLines(run)).toEqual([`Electron ${VERSION} download interrupted; nothing was kept. Run npm start again to download it.`])
      expectNothingLeftBehind(copy, folders)
    } finally {
      await paused.close()
    }
  })

  it('removes a half-unpacked Electron when unpacking fails', async () => {
    const damaged = await serveStandInRelease(VERSION, 'damaged')
    const copy = copyProject(scratch)
    const folders = runFolders('damaged')
    try {
      const run = await runNpm(copy.root, ['start'], startEnv(damaged.mirror, folders), FAILURE_LIMIT_MS)

      expect(run.timedOut).toBe(false)
      expect(run.code).not.toBe(0)
      expect(ownErrorLines(run)).toEqual([expect.stringMatching(new RegExp(`^Electron ${VERSION.replaceAll('.', '\\.')} download failed: `))])
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m)
      const electron = join(copy.root, 'node_modules/electron')
      expect(existsSync(join(electron, 'dist'))).toBe(false)
      expect(existsSync(join(electron, 'path.txt'))).toBe(false)
      expect(readdirSync(folders.tmp)).toEqual([])
    } finally {
      await damaged.close()
    }
  })
})
