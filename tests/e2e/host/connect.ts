/**
 * Wires a page to a TestHost: the preload stand-in before the page loads, every call through
 * `exposeBinding` into the host's dispatch, and host events back into the page. The e2e fixtures
 * and the page benchmarks share it, so both measure the same bridge.
 */
import type { Page } from '@playwright/test'
import { channelNames } from '../../../electron/shared/ipc-contract'
import { installPreloadStandIn } from './preload-stand-in'
import type { TestHost } from './test-host'
import { fromWire, toWire } from './transport'
import { wireCodec } from './wire-codec'

export async function connectHost(page: Page, host: TestHost): Promise<void> {
  await page.exposeBinding('__nfkInvoke', async (source, channel: string, payload: unknown) => {
    const name = channel.replace(/^nfk:/, '')
    const sender = { url: source.frame.url(), fromAppWindow: source.frame === source.page.mainFrame() }
    return toWire(await host.dispatch(name, sender, fromWire(payload)))
  })
  host.emitToPage = (event) => {
    void page.evaluate((e) => (window as unknown as { __nfkEmit?: (x: unknown) => void }).__nfkEmit?.(e), event).catch(() => {})
  }
  // The stand-in and the codec it shares with the host, as source text (an init script takes one function).
  const names = JSON.stringify({ names: channelNames })
  await page.addInitScript({ content: `(${installPreloadStandIn.toString()})(${names}, ${wireCodec.toString()})` })
}
