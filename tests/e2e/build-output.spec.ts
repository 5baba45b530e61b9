import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// `npm start` is `electron-vite build && electron-vite preview`; Electron cannot start here, so the
// build half is checked: the shapes Electron needs to load a sandboxed, hardened app.
test.describe('the Electron build', () => {
  test('emits a CommonJS preload that requires nothing but electron', () => {
    const preload = readFileSync('out/preload/index.cjs', 'utf8')
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/^\s*import\s/m)
    expect(preload).toContain('exposeInMainWorld')
  })

  test('points the main process at that preload and at the fixed app origin', () => {
    const main = readFileSync('out/main/index.js', 'utf8')
    expect(main).toContain('preload/index.cjs')
    expect(main).toContain('nfk-sekretariat')
    expect(main).toMatch(/sandbox:\s*(true|!0)/)
  })

  test('ships the page with the same Content-Security-Policy main sends as a header', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/shared/csp')
    const html = readFileSync('out/renderer/index.html', 'utf8')
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
  })
})

// Issue 17, first start: the first screen's scripts are the entry and what it imports statically
// (what index.html preloads). On a new profile that screen is the name question alone: the router,
// the shell and the rest of the styles load after it (app/start-app), and so do the sync clock
// (crdt, protobuf), the zod schemas and the database (Dexie, the schema, the register's routes).
test.describe('the first screen', () => {
  const assets = 'out/renderer/assets/'
  const staticImports = (code: string) => [...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1])

  function firstScreenScripts(): string[] {
    const html = readFileSync('out/renderer/index.html', 'utf8')
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1]
    if (!entry) throw new Error('no entry script in out/renderer/index.html')
    const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
    const seen = new Set<string>()
    const queue = [entry, ...preloaded]
    while (queue.length > 0) {
      const file = queue.pop() as string
      if (seen.has(file)) continue
      seen.add(file)
      queue.push(...staticImports(readFileSync(assets + file, 'utf8')))
    }
    return [...seen]
  }

  test('loads neither the sync clock nor the message schemas', () => {
    const scripts = firstScreenScripts()
    expect(scripts.length).toBeGreaterThan(0)
    const code = scripts.map((file) => readFileSync(assets + file, 'utf8')).join('\n')
    expect(code).toContain('createRoot')
    // Markers of @actual-app/crdt, @bufbuild/protobuf and zod as they survive minifying.
    expect(code).not.toContain('ClockDriftError')
    expect(code).not.toContain('google.protobuf.FileDescriptorProto')
    expect(code).not.toContain('$ZodType')
  })

  test('loads neither the router nor the shell: a first start shows the question alone', () => {
    const code = firstScreenScripts()
      .map((file) => readFileSync(assets + file, 'utf8'))
      .join('\n')
    expect(code).toContain('Velkommen til NFK Sekretariat')
    // Markers of react-router (an error message it keeps when minified) and of the shell (the menu's name).
    const markers = ['<Router>', 'Hovedmeny', 'Hopp til innholdet'].filter((marker) => code.includes(marker))
    expect(markers).toEqual([])
  })

  test('carries none of the register’s projection: the early read checks its entries with a function of its own', () => {
    const code = firstScreenScripts()
      .map((file) => readFileSync(assets + file, 'utf8'))
      .join('\n')
    expect(code).toContain('createRoot')
    // The criteria's labels (domain/criteria/labels.ts), which the projection's module brings along.
    const markers = ['Lederforankring', 'Geografisk relevans'].filter((marker) => code.includes(marker))
    expect(markers).toEqual([])
  })

  test('styles the question only: the shell’s and the pages’ styles load with the app', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8')
    const sheets = [...html.matchAll(/rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map((m) => m[1])
    expect(sheets.length).toBeGreaterThan(0)
    const css = sheets.map((file) => readFileSync(assets + file, 'utf8')).join('\n')
    expect(css).toContain('.dialog')
    const markers = ['.app-shell', '.sidebar', '.register', '.checkin'].filter((marker) => css.includes(marker))
    expect(markers).toEqual([])
  })

  test('loads no database code: the question and the shell paint while Dexie loads', () => {
    const code = firstScreenScripts()
      .map((file) => readFileSync(assets + file, 'utf8'))
      .join('\n')
    expect(code).toContain('createRoot')
    // Markers of Dexie (its error names) and of the app's schema (a table's keys) as they survive minifying.
    // The database's name may be there: the start asks IndexedDB's list for its version (stored-version.ts).
    const markers = ['DatabaseClosedError', 'id, name, orgNumber, status, updatedAt'].filter((marker) => code.includes(marker))
    expect(markers).toEqual([])
  })

  // Issue 17, the register at 10,000: a start on the register begins its read in a script of its
  // own that runs as soon as it has loaded, before the entry (React) has loaded and compiled.
  test('runs the early start apart: an async script after the entry, a couple of KB, importing nothing', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8')
    const scripts = [...html.matchAll(/<script type="module"([^>]*)src="\.\/assets\/([^"]+\.js)"/g)].map(([, attributes, file]) => ({ attributes, file: file! }))
    expect(scripts.map((s) => s.file.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['index', 'early-start'])
    expect(scripts[1]!.attributes).toContain('async')
    const code = readFileSync(assets + scripts[1]!.file, 'utf8')
    expect(staticImports(code)).toEqual([])
    expect(code.length).toBeLessThan(4000)
    expect(code).toContain('registerRows')
    expect(['createRoot', 'DatabaseClosedError'].filter((marker) => code.includes(marker))).toEqual([])
  })
})
