import type { wireCodec } from './wire-codec'

/**
 * Injected before the page loads, in place of the sandboxed preload: builds `window.nfk` with one
 * method per contract channel (the list comes from the contract), each calling the test host.
 * Runs inside the page, so it is self-contained but for the codec it is given.
 */
export function installPreloadStandIn(args: { names: string[] }, makeCodec: typeof wireCodec): void {
  // One string per message in wire-codec.ts's format (its function is injected beside this one):
  // Playwright then passes a single string, not a walked object tree (its own per-value
  // serialising cost ~0.3 s for a 130-contract batch, which Electron's structured clone does not
  // have).
  const { toWire, fromWire } = makeCodec({
    encode: (bytes) => {
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    },
    decode: (text) => {
      const binary = atob(text)
      const bytes = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
      return bytes
    },
  })
  type Invoke = (channel: string, payload: unknown) => Promise<unknown>
  const w = window as unknown as { __nfkInvoke: Invoke; __nfkEmit?: (event: unknown) => void; nfk?: unknown }
  const listeners = new Set<(event: unknown) => void>()
  const api: Record<string, unknown> = {
    onEvent: (listener: (event: unknown) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  for (const name of args.names) {
    api[name] = async (request: unknown) => fromWire(await w.__nfkInvoke(`nfk:${name}`, toWire(request)))
  }
  Object.defineProperty(window, '__nfkEmit', {
    value: (event: unknown) => listeners.forEach((l) => l(event)),
  })
  Object.defineProperty(window, 'nfk', { value: Object.freeze(api), enumerable: true })
}
