/**
 * The host's end of the bridge: values cross Playwright's binding as one JSON string each, in the
 * format of `wire-codec.ts` (the page's preload stand-in uses the same function), so handlers see
 * what they would see in Electron: the same shapes, Uint8Array as bytes.
 *
 * One string per message: Playwright then carries a single string instead of walking and
 * rebuilding every value of a large message, a cost the structured clone of Electron's IPC does
 * not have.
 */
import { wireCodec } from './wire-codec'

export type Wire = string | undefined

const codec = wireCodec({
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
})

export const toWire = (value: unknown): Wire => codec.toWire(value)
export const fromWire = (wire: unknown): unknown => codec.fromWire(wire)
