/**
 * Injected before the page loads, in place of the sandboxed preload: builds `window.nfk` with one
 * method per contract channel (the list comes from the contract), each calling the test host.
 * Runs inside the page, so it is self-contained.
 */
export function installPreloadStandIn(args: { names: string[] }): void {
  const toWire = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let binary = ''
      for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000))
      return { __u8: btoa(binary) }
    }
    if (Array.isArray(value)) return value.map(toWire)
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
    }
    return value
  }
  const fromWire = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fromWire)
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.__u8 === 'string' && Object.keys(record).length === 1) {
        const binary = atob(record.__u8)
        const bytes = new Uint8Array(binary.length)
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
        return bytes
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromWire(v)]))
    }
    return value
  }
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
