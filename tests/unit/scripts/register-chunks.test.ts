/**
 * The renderer's chunk layout (vite.renderer.config.ts, issue 17: the register at 10,000): a start
 * on the register loads the page's code in a few chunks, not some 27 small ones requested six at a
 * time over HTTP/1.1, and the first start's script does not grow for it (its entry imports no
 * register chunk). Builds the renderer as the app does, without writing it.
 */
import path from 'node:path'
import { build, type Rollup } from 'vite'
import { beforeAll, expect, it } from 'vitest'
import { rendererConfig } from '../../../vite.renderer.config'

let chunks: Rollup.OutputChunk[] = []
const byFile = new Map<string, Rollup.OutputChunk>()

beforeAll(async () => {
  const output = await build({
    ...rendererConfig,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { ...rendererConfig.build, write: false },
  })
  chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  for (const c of chunks) byFile.set(c.fileName, c)
}, 120_000)

const holding = (module: string) => {
  const found = chunks.find((c) => c.moduleIds.some((id) => id.split(path.sep).join('/').endsWith(module)))
  if (!found) throw new Error(`no chunk holds ${module}`)
  return found
}

/** The page's one entry (index.html's script, main.tsx). */
function theEntry(): Rollup.OutputChunk {
  const entries = chunks.filter((c) => c.isEntry)
  expect(entries).toHaveLength(1)
  return entries[0]!
}

/** A chunk and every chunk it imports statically, by file name. */
function withImports(from: Rollup.OutputChunk): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of byFile.get(file)?.imports ?? []) visit(next)
  }
  visit(from.fileName)
  return seen
}

it('loads the register page in few chunks beyond those every start loads', () => {
  const entry = theEntry()
  const everyStart = new Set([...withImports(entry), ...withImports(holding('/app/start-app.tsx'))])
  const page = [...withImports(holding('/features/organisations/OrganisationsPage.tsx'))].filter((file) => !everyStart.has(file))
  // The page's own chunk, and room for one more: it was 27 with the default splitting.
  expect(page.length, page.join(', ')).toBeLessThanOrEqual(2)
  // The duplicate check's panel, loaded right after the page, likewise.
  const panel = [...withImports(holding('/features/organisations/merge/DuplicatesPanel.tsx'))].filter((file) => !everyStart.has(file) && !page.includes(file))
  expect(panel.length, panel.join(', ')).toBeLessThanOrEqual(2)
})

it('keeps the register out of the first start', () => {
  const entry = theEntry()
  const first = [...withImports(entry)].map((file) => byFile.get(file)!)
  // The first start's scripts: the entry with React, nothing of the register's page or Dexie.
  expect(first.flatMap((c) => c.moduleIds).filter((id) => /OrganisationsPage|[\\/]dexie[\\/]|[\\/]db[\\/]db\.ts$/.test(id))).toEqual([])
  expect(first.length).toBeLessThanOrEqual(4)
})
