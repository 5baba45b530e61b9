#!/usr/bin/env node
/**
 * Runs Electronegativity over electron/ and renderer/ and prints its findings as JSON on stdout.
 * Its parser (@typescript-eslint/typescript-estree 4) needs the TypeScript 4 JS API, not the
 * project's TypeScript 6: requests for `typescript` from the scanner's own dependencies are
 * pointed at the TypeScript 4 it ships with.
 */
const Module = require('node:module')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
const scannerTs = require.resolve('typescript', { paths: [scannerDir] })
const originalResolve = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && /[\\/](@typescript-eslint|tsutils|@doyensec)[\\/]/.test(parent.filename)) return scannerTs
  return originalResolve.call(this, request, parent, ...rest)
}

const run = require('@doyensec/electronegativity')
const ELECTRON_VERSION = require('electron/package.json').version

function shippedCsp() {
  const source = fs.readFileSync('electron/shared/csp.ts', 'utf8')
  const body = source.slice(source.indexOf('CONTENT_SECURITY_POLICY = ['), source.indexOf("].join('; ')"))
  const directives = [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1])
  if (directives.length < 5) throw new Error('could not read the CSP from electron/shared/csp.ts')
  return directives.join('; ')
}

async function scan(folder) {
  const result = await run(
    {
      input: path.resolve(folder),
      isSarif: false,
      customScan: [],
      // The online check asks GitHub for Electron releases: no network here, and not a code finding.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: true,
      // It finds no package.json in these folders and would assume an ancient Electron.
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: [],
    },
    false,
  )
  const fatal = result.errors.filter((e) => !e.tolerable)
  if (fatal.length > 0) throw new Error(`could not parse: ${fatal.map((e) => `${e.file}: ${e.message}`).join('; ')}`)
  return result.issues
}

;(async () => {
  // One scan over both folders, so the global checks (CSP, navigation limits, permission
  // handler) see the page and the main process together, as they ship.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nfk-en-'))
  for (const folder of ['electron', 'renderer']) fs.cpSync(folder, path.join(root, folder), { recursive: true })
  // The page's meta tag is filled from electron/shared/csp.ts at build time: scan it as it ships.
  const page = path.join(root, 'renderer', 'index.html')
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('%NFK_CSP%', shippedCsp()))
  const findings = []
  {
    const folder = root
    for (const f of await scan(folder)) {
      findings.push({
        id: f.id,
        file: path.relative(root, path.resolve(folder, f.file)).split(path.sep).join('/'),
        line: f.location?.line ?? null,
        severity: f.severity?.name ?? String(f.severity?.value ?? ''),
        manualReview: Boolean(f.manualReview),
        description: f.description,
      })
    }
  }
  fs.rmSync(root, { recursive: true, force: true })
  process.stdout.write(`${JSON.stringify(findings)}\n`)
})().catch((error) => {
  console.error(error)
  process.exit(2)
})
