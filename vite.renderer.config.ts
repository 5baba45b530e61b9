/**
 * The renderer's Vite config, shared by electron-vite (the app) and by plain Vite preview, which
 * serves the same built files to the e2e tests under the same Content-Security-Policy.
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defineConfig, type Plugin, type Rollup, type UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp'

/** Port of the e2e preview server; parallel worktrees set E2E_PORT to keep apart. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179)
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

/**
 * Writes the one Content-Security-Policy (electron/shared/csp.ts) into the page's meta tag. The dev
 * server (electron-vite dev, never shipped) needs inline scripts and a websocket for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  let dev = false
  return {
    name: 'nfk-csp',
    configResolved: (config) => {
      dev = config.command === 'serve' && !config.isProduction
    },
    transformIndexHtml: (html) =>
      html.replace(
        '%NFK_CSP%',
        dev ? `${CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")}` : CONTENT_SECURITY_POLICY,
      ),
  }
}

/**
 * A start on the register (a reload there) asks for the register's feature from the entry
 * (main.tsx); its routes module then asks for the register's page, whose 27 files were requested only
 * once the feature's chunk had loaded and run: a third round of requests on the register's critical
 * path (issue 17: the register at 10,000). Here the entry's import of the feature preloads the page's
 * whole graph with it, so everything is requested at once. Only that import: the app's own import of
 * the feature (after the first paint of any start, for its routes) preloads the feature alone, so the
 * overview's start loads no more than before.
 */
function registerPageWithItsFeature(): { plugin: Plugin; resolveDependencies: (file: string, deps: string[], context: { hostId: string; hostType: 'html' | 'js' }) => string[] } {
  let bundle: Rollup.OutputBundle | undefined
  const chunk = (file: string) => {
    const found = bundle?.[file]
    return found?.type === 'chunk' ? found : undefined
  }
  const isModule = (file: string, module: string) => chunk(file)?.facadeModuleId?.replaceAll('\\', '/').endsWith(module) ?? false
  return {
    // The bundle as built, before Vite writes each dynamic import's preload list (its own
    // generateBundle runs after every user plugin's).
    plugin: { name: 'nfk-register-graph', generateBundle: (_options, built) => void (bundle = built) },
    resolveDependencies: (file, deps, { hostId, hostType }) => {
      const host = chunk(hostId)
      if (hostType !== 'js' || !bundle || !host?.isEntry || !isModule(file, '/features/organisations/index.ts')) return deps
      // The page is one module of the register's chunk (registerChunkGroups below), not its facade.
      const page = Object.keys(bundle).find((name) => chunk(name)?.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith('/features/organisations/OrganisationsPage.tsx')))
      if (!page) throw new Error('nfk-register-graph: the register page has no chunk of its own')
      const graph = new Set(deps)
      const loaded = new Set([hostId, file, ...host.imports])
      const styles = new Set<string>()
      const visit = (name: string) => {
        if (graph.has(name) || loaded.has(name)) return
        graph.add(name)
        for (const css of chunk(name)?.viteMetadata?.importedCss ?? []) styles.add(css)
        for (const next of chunk(name)?.imports ?? []) visit(next)
      }
      visit(page)
      // The page's import waits for its stylesheets: they are asked for in the same round too.
      return [...graph, ...styles]
    },
  }
}

const registerGraph = registerPageWithItsFeature()

const EARLY_START = here('./renderer/app/early-start.ts')

/**
 * Builds the early start (renderer/app/early-start.ts) as a script of its own and adds it to the
 * page, `async`: it runs the moment it has loaded, before the app's entry (React) has loaded and
 * compiled, and begins a start on the register's read (issue 17). Built apart, with its own copy of
 * the few modules it needs: as a second entry of the app's build it shared them with the app's
 * entry, which split three more chunks out of the first screen's script. After the entry's tag.
 */
function earlyStartScript(): Plugin {
  let early: { fileName: string; code: string } | undefined
  return {
    name: 'nfk-early-start',
    apply: 'build',
    async buildStart() {
      const output = await build({
        configFile: false,
        logLevel: 'silent',
        root: here('./renderer'),
        build: {
          write: false,
          minify: true,
          modulePreload: false,
          rollupOptions: {
            input: EARLY_START,
            treeshake: TREESHAKE,
            output: { format: 'es', entryFileNames: 'assets/early-start-[hash].js', codeSplitting: false },
          },
        },
      })
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []))
      const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry)
      if (!entry || entry.type !== 'chunk' || chunks.length !== 1) throw new Error('nfk-early-start: expected one chunk')
      early = { fileName: entry.fileName, code: entry.code }
      this.emitFile({ type: 'asset', fileName: early.fileName, source: early.code })
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => (early ? [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${early.fileName}` }, injectTo: 'head' }] : []),
    },
  }
}

/**
 * The register's page is some 40 modules that the default splitting left as about 27 small chunks,
 * each one more request (and a revalidation: `no-cache`) over the preview server's HTTP/1.1, six at a
 * time, on the path of a start on the register (issue 17: the register at 10,000). Here the chunks
 * the page's chunk needs are one chunk, `register`, and those the duplicate check's panel (loaded
 * after the page) needs besides are another, `register-duplicates`; less what the entry's chunks hold
 * (the first start's scripts stay as they were) and what the app's chunks hold (start-app, every
 * start), so neither grows. Which modules those are comes from a build with the default splitting
 * (tree-shaken, so exact; the module graph alone reaches nearly everything through the features'
 * index files). A module of the register that another page uses too now comes with the register's
 * chunk there: such a page loads some more bytes in fewer requests.
 */
const REGISTER_CHUNKS = [
  { name: 'register', page: '/features/organisations/OrganisationsPage.tsx' },
  { name: 'register-duplicates', page: '/features/organisations/merge/DuplicatesPanel.tsx' },
]

function registerChunks(): { plugin: Plugin; group: Rollup.CodeSplittingGroup } {
  const chunkOf = new Map<string, string>()
  return {
    plugin: {
      name: 'nfk-register-chunks',
      apply: 'build',
      async buildStart() {
        chunkOf.clear()
        const output = await build({
          configFile: false,
          logLevel: 'silent',
          root: here('./renderer'),
          base: './',
          plugins: [react()],
          build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: here('./renderer/index.html'), treeshake: TREESHAKE } },
        })
        const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk')
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const withImports = (from: Rollup.OutputChunk[]) => {
          const seen = new Set<Rollup.OutputChunk>()
          const visit = (c: Rollup.OutputChunk | undefined) => {
            if (!c || seen.has(c)) return
            seen.add(c)
            for (const next of c.imports) visit(byFile.get(next))
          }
          from.forEach(visit)
          return seen
        }
        const holding = (module: string) => chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)))
        const taken = new Set([...withImports(chunks.filter((c) => c.isEntry)), ...withImports([holding('/app/start-app.tsx')!])].flatMap((c) => c.moduleIds))
        for (const { name, page } of REGISTER_CHUNKS) {
          const own = holding(page)
          if (!own) throw new Error(`nfk-register-chunks: no chunk holds ${page}`)
          for (const c of withImports([own])) for (const id of c.moduleIds) if (!taken.has(id) && !chunkOf.has(id)) chunkOf.set(id, name)
        }
      },
    },
    group: {
      name: (id) => chunkOf.get(id) ?? null,
      debugName: 'register',
      test: (id) => chunkOf.has(id),
      priority: 10,
      // Only the modules found above: their dependencies stay where they were (the entry's React).
      includeDependenciesRecursively: false,
    },
  }
}

const registerChunkLayout = registerChunks()

/** Our modules run no code on import (only styles do): see `treeshake` below. */
const TREESHAKE = { moduleSideEffects: (id: string) => id.includes('node_modules') || id.endsWith('.css') }

export const rendererConfig: UserConfig = {
  root: here('./renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy(), registerGraph.plugin, earlyStartScript(), registerChunkLayout.plugin],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: { resolveDependencies: registerGraph.resolveDependencies },
    rollupOptions: {
      // Our modules run no code on import (only styles do): a feature index re-exporting a panel
      // must not pull that panel into the first chunk when the app imports only the routes.
      treeshake: TREESHAKE,
      output: { codeSplitting: { groups: [registerChunkLayout.group] } },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: E2E_PORT,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
}

export default defineConfig(rendererConfig)
