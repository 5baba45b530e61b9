/** The Chromium the tests use (scripts/find-chromium.mjs) with a fresh on-disk profile, as Electron keeps IndexedDB on disk. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { chromiumOrExit } from '../../scripts/find-chromium.mjs'

export async function freshProfile(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfk-bench-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumOrExit(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  return {
    context,
    dispose: async () => {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
