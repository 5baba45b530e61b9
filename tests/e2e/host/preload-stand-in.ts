/**
 * Injected before the page loads, in place of the sandboxed preload: builds `window.nfk` with one
 * method per contract channel (the list comes from the contract), each calling the test host.
 * Runs inside the page, so it is self-contained.
 */
export function installPreloadStandIn(args: { names: string[] }): void {
  // One JSON string per message: Playwright then passes a single string, not a walked object tree
  // (its own per-value serialising cost ~0.3 s for a 130-contract batch, which Electron's structured
  // clone does not have). Bytes become base64 inside it, as before.
  const toWire = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) => {
      if (!(v instanceof Uint8Array)) return v
      let binary = ''
      for (let i = 0; i < v.length; i += 0x8000) binary += String.fromCharCode(...v.subarray(i, i + 0x8000))
      return { __u8: btoa(binary) }
    })
  const fromWire = (wire: unknown): unknown =>
    typeof wire !== 'string'
      ? wire
      : !wire.includes('"__u8":')
        ? JSON.parse(wire)
        : JSON.parse(wire, (_key, v: unknown) => {
          const record = v as Record<string, unknown> | null
          if (!record || typeof record !== 'object' || typeof record.__u8 !== 'string' || Object.keys(record).length !== 1) return v
          const binary = atob(record.__u8)
          const bytes = new Uint8Array(binary.length)
          for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
          return bytes
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
