/**
 * What the README promises a newcomer about starting, testing and packaging, checked against the
 * files that make it true: package.json, electron-builder.json and Electron's own downloader.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RUN_NODE } from '../../../scripts/electron-download-report.mjs'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8'))
const downloader = JSON.parse(readFileSync('node_modules/@electron/get/package.json', 'utf8'))
const minimum = (range: string) => /^>=\s*(\d+\.\d+)/.exec(range)?.[1]
const section = (title: string) => readme.split(/^## /m).find((s) => s.startsWith(title)) ?? ''

describe('the README', () => {
  it('opens with the two commands: install and start, then test', () => {
    const [, commands = ''] = /^```sh\n([\s\S]*?)```/m.exec(readme) ?? []
    expect(commands.split('\n').filter(Boolean).map((l) => l.split('#')[0]?.trim())).toEqual(['npm install && npm start', 'npm test'])
  })

  it('fetches Electron in npm start and npm run dev, never at install', () => {
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-electron.mjs')
    expect(pkg.scripts.predev).toBe(pkg.scripts.prestart)
    expect(pkg.scripts.start).toMatch(/^electron-vite preview/)
    expect(pkg.scripts.postinstall).toBeUndefined()
    expect(pkg.scripts.install).toBeUndefined()
  })

  it('states the Node that running needs, as engines and Electron’s downloader declare it', () => {
    expect(minimum(downloader.engines.node)).toBe(RUN_NODE.split('.').slice(0, 2).join('.'))
    expect(minimum(pkg.engines.node)).toBe('22.12')
    expect(section('What you need')).toMatch(/run the app[^\n]*Node 22\.12 or newer[^\n]*internet once[^\n]*ELECTRON_MIRROR[^\n]*cache/)
  })

  it('states separately that building and testing need only Node 20.19', () => {
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: '>=20.19', onFail: 'error' })
    expect(section('What you need')).toMatch(/build and test[^\n]*npm test[^\n]*Node 20\.19 or newer/)
  })

  it('says that npm run dist downloads Electron for each target itself, and lists every installer', () => {
    const installers = section('Installers')
    expect(installers).toMatch(/electron-builder downloads the Electron build for each target/)
    const artifacts = [builder.nsis, builder.portable, builder.dmg, builder.appImage, builder.deb].map((target) => target.artifactName as string)
    const extensions = ['exe', 'exe', 'dmg', 'AppImage', 'deb']
    artifacts.forEach((pattern, i) => {
      const name = pattern.replace('${version}', '<version>').replace('${arch}', '<arch>').replace('${ext}', extensions[i] ?? '')
      expect(installers).toContain(`\`${name}\``)
    })
    expect([...builder.win.target, ...builder.mac.target, ...builder.linux.target]).toEqual(['nsis', 'portable', 'dmg', 'AppImage', 'deb'])
  })
})
