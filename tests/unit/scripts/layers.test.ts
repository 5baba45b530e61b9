/**
 * The layer check of `npm run lint` (dependency-cruiser with .dependency-cruiser.cjs), run on a
 * temporary copy of the sources: it passes on the code as it is, and fails as soon as one import
 * points up a layer, whether it imports a value or only a type.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PROJECT = resolve(import.meta.dirname, '../../..')
const CRUISER = join(PROJECT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const SOURCES = ['renderer', 'electron', '.dependency-cruiser.cjs', 'tsconfig.json', 'tsconfig.web.json', 'package.json']

let copy: string

function checkLayers(): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [CRUISER, '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'renderer', 'electron'], {
    cwd: copy,
    encoding: 'utf8',
  })
  return { code: run.status, output: `${run.stdout}${run.stderr}` }
}

/** Lines that each break one rule, appended to a file of the copy: all checked in one run. */
const UPWARD: { file: string; line: string }[] = [
  // A value import from the domain up into a feature.
  { file: 'renderer/domain/criteria/evaluate.ts', line: "import { registerCsv } from '../../features/organisations/export'\nexport const upward = registerCsv" },
  // Only a type, from a repository up into a feature: types count too.
  { file: 'renderer/db/repositories/criteria-repo.ts', line: "import type { RegisterRow } from '../../features/organisations/register-rows'\nexport type Upward = RegisterRow" },
  { file: 'renderer/features/settings/SettingsPage.tsx', line: "export { ContractPanel as Inside } from '../contracts/ContractPanel'" },
  // Settings already imports Contracts; this closes the circle through the index files alone.
  { file: 'renderer/features/contracts/index.ts', line: "export { settingsRoutes } from '../settings'" },
  { file: 'renderer/lib/dates.ts', line: "export { backupName } from '../../electron/main/backups/backup-store'" },
]

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'nfk-layers-'))
  for (const entry of SOURCES) cpSync(join(PROJECT, entry), join(copy, entry), { recursive: true })
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'))
})

afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('the layer check', () => {
  it('passes on the sources as they are', () => {
    const { code, output } = checkLayers()
    expect(output).toContain('no dependency violations found')
    expect(code).toBe(0)
  }, 60_000)

  describe('with imports that point up', () => {
    let result: { code: number | null; output: string }
    beforeAll(() => {
      for (const { file, line } of UPWARD) appendFileSync(join(copy, file), `\n${line}\n`)
      result = checkLayers()
    }, 60_000)

    it('fails', () => {
      expect(result.code).not.toBe(0)
    })

    it('names a value import from the domain into a feature', () => {
      expect(result.output).toContain('domain-is-the-floor: renderer/domain/criteria/evaluate.ts → renderer/features/organisations/export.ts')
    })

    it('names a type-only import from a repository into a feature', () => {
      expect(result.output).toContain('repositories-only-read-and-write: renderer/db/repositories/criteria-repo.ts → renderer/features/organisations/register-rows.ts')
    })

    it("names a feature reaching past another feature's index.ts", () => {
      expect(result.output).toContain('feature-through-its-index: renderer/features/settings/SettingsPage.tsx → renderer/features/contracts/ContractPanel.tsx')
    })

    it('names two feature folders that import each other through their index files', () => {
      expect(result.output).toMatch(/no-cycle-between-feature-folders: renderer\/features\/(contracts|settings) →/)
    })

    it('names renderer code that imports main-process code', () => {
      expect(result.output).toContain('renderer-not-main: renderer/lib/dates.ts → electron/main/backups/backup-store.ts')
    })
  })
})
