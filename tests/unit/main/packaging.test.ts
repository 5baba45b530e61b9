import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'))

describe('the electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>
    }
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
    const { $schema: _schema, ...withoutSchema } = config
    await expect(validateConfiguration(withoutSchema, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...withoutSchema, nsis: { oneClik: true } }, new DebugLogger(false))).rejects.toThrow()
  })

  it('installs per user on Windows without admin rights, and builds a portable exe too', () => {
    expect(config.win.target).toEqual(['nsis', 'portable'])
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false })
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.productName).toBe('NFK Sekretariat')
  })

  it('turns off the fuses that would let the app run as plain Node or be inspected', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('keeps code-signing secrets out of the repository (they come from CSC_* environment variables)', () => {
    const text = readFileSync('electron-builder.json', 'utf8')
    expect(text).not.toMatch(/certificateFile|certificatePassword|cscLink|cscKeyPassword|\.p12|\.pfx/i)
  })

  it('ships the icon and the fonts the PDFs embed, with their licence', () => {
    for (const file of ['build/icon.png', 'assets/fonts/DejaVuSans.ttf', 'assets/fonts/DejaVuSans-Bold.ttf', 'assets/fonts/DejaVu-LICENSE.txt']) {
      expect(() => readFileSync(file)).not.toThrow()
    }
    expect(config.files).toContain('assets/**/*')
  })
})
