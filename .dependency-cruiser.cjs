/**
 * The layers, checked in `npm run lint` (and so in `npm test`):
 *
 *   renderer/app → renderer/features → renderer/components, renderer/db
 *     → renderer/domain, renderer/lib → electron/shared
 *
 * Imports point down only (a layer may skip the ones below it). A feature reaches another feature
 * only through that feature's index.ts; no cycle between feature folders nor between modules. Type
 * imports count like value imports (`tsPreCompilationDeps`). Allowed exceptions go in `allowed`
 * below, each with a one-line reason; there are none.
 *
 * dependency-cruiser 17 (18 needs Node 22) reads TypeScript through the `typescript` package, which
 * is therefore 6.0.3: TypeScript 7 has no JavaScript API, and with it the cruiser finds nothing.
 */
const UI_LIBRARIES = '^(react|react-dom|react-router|dexie|dexie-react-hooks|zustand|@dnd-kit/.*|@tanstack/.*)$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-the-floor',
      comment: 'domain/ holds pure rules and words: no React, no Dexie, no db, components, features or app.',
      severity: 'error',
      from: { path: '^renderer/domain/' },
      to: { path: ['^renderer/(app|features|components|db)/', UI_LIBRARIES] },
    },
    {
      name: 'lib-is-generic',
      comment: 'lib/ holds generic helpers (dates, text folding, CSV/xlsx): it knows no concept and nothing above it.',
      severity: 'error',
      from: { path: '^renderer/lib/' },
      to: { path: ['^renderer/(app|features|components|db|domain)/', UI_LIBRARIES] },
    },
    {
      name: 'repositories-only-read-and-write',
      comment: 'db/ imports only domain, lib and its models: no feature, component or app.',
      severity: 'error',
      from: { path: '^renderer/db/' },
      to: { path: '^renderer/(app|features|components)/' },
    },
    {
      name: 'components-are-shared',
      comment: 'components/ are shared UI pieces: they take data as props and reach no database, feature or app.',
      severity: 'error',
      from: { path: '^renderer/components/' },
      to: { path: '^renderer/(app|features|db)/' },
    },
    {
      name: 'features-below-app',
      comment: 'The app (routes, layout) stands on the features, never the other way round.',
      severity: 'error',
      from: { path: '^renderer/(features|components|db|domain|lib)/' },
      to: { path: '^renderer/(app/|main\\.tsx$)' },
    },
    {
      name: 'feature-through-its-index',
      comment: "Another feature's insides are its own: reach it through its index.ts.",
      severity: 'error',
      from: { path: '^renderer/features/([^/]+)/' },
      to: { path: '^renderer/features/[^/]+/', pathNot: ['^renderer/features/$1/', '^renderer/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'app-through-feature-index',
      comment: 'The app wires features by what their index.ts offers.',
      severity: 'error',
      from: { path: '^renderer/(app/|main\\.tsx$)' },
      to: { path: '^renderer/features/[^/]+/', pathNot: '^renderer/features/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-cycle-between-feature-folders',
      comment: 'Two feature folders never import each other, not even through a third.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^renderer/features/[^/]+$' },
      to: { path: '^renderer/features/[^/]+$', circular: true },
    },
    {
      name: 'no-cycle-between-modules',
      comment: 'A module never imports itself back, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-not-main',
      comment: 'The renderer reaches main only through the IPC contract in electron/shared.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'electron/shared is included by both tsconfigs: nothing from the renderer, main, Node or Electron.',
      severity: 'error',
      from: { path: '^electron/shared/' },
      to: { path: ['^(renderer|electron/main|electron/preload)/', '^electron$'], dependencyTypes: ['local', 'core', 'npm', 'npm-dev', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'shared-no-node',
      comment: 'electron/shared runs in the sandboxed renderer too: no Node built-ins.',
      severity: 'error',
      from: { path: '^electron/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-not-renderer',
      comment: 'Main is plain Node modules; it never loads renderer code.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'only-the-shell-imports-electron',
      comment: "Main's modules run in plain Node in tests: only the thin shell may load 'electron'.",
      severity: 'error',
      from: { path: '^electron/main/', pathNot: '^electron/main/(bootstrap|electron-services|security)\\.ts$' },
      to: { path: '^electron$' },
    },
  ],
  // Exceptions to the rules above, each with a one-line reason. None today.
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
