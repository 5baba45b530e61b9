/**
 * The e2e/bench host's bridge (tests/e2e/host/wire-codec.ts) stands in for Electron's structured
 * clone: whatever crosses it must arrive in the same shape, bytes as bytes, repeated strings equal.
 */
import { describe, expect, it } from 'vitest'
import { fromWire, toWire } from '../../../e2e/host/transport'
import { wireCodec } from '../../../e2e/host/wire-codec'

// The page's end encodes base64 with btoa/atob, as the preload stand-in does.
const page = wireCodec({
  encode: (bytes) => btoa(String.fromCharCode(...bytes)),
  decode: (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
})

const paragraph = 'Oslo kommune har som mål å kutte klimagassutslippene i Oslo med 95 prosent innen 2030.'
const model = (name: string) => ({
  organisation: { name, addressLines: ['Drammensveien 77', '0250 Oslo'] },
  body: [
    { kind: 'paragraph', text: paragraph },
    { kind: 'paragraph', text: `Denne klimakontrakten er en intensjonsavtale mellom Oslo kommune og ${name}.` },
    { kind: 'bullets', items: [paragraph, 'kort', paragraph] },
  ],
  logo: { mimeType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 0, 255]) },
  templateVersion: 1,
})

describe('the test host wire', () => {
  it('gives back a batch of models in the same shape, repeated paragraphs and bytes included, both ways', () => {
    const batch = { contracts: [model('Aker Bygg KF'), model('Bakeriet AS'), model('Aker Bygg KF')], separateFiles: false, jobId: 'contracts-1' }
    expect(fromWire(page.toWire(batch))).toEqual(batch)
    expect(page.fromWire(toWire(batch))).toEqual(batch)
    const back = fromWire(page.toWire(batch)) as typeof batch
    expect(back.contracts[2]?.logo.bytes).toBeInstanceOf(Uint8Array)
  })

  it('sends a paragraph repeated in every model once', () => {
    const batch = { contracts: Array.from({ length: 130 }, (_, i) => model(`Virksomhet ${i}`)) }
    const wire = toWire(batch) ?? ''
    expect(wire.split(paragraph).length - 1).toBe(1)
    expect(page.fromWire(wire)).toEqual(batch)
  })

  it('keeps strings that merely look like its markers, and plain values, as they are', () => {
    const odd = { note: '{"__s":0}', __u8: 'ikke bytes, men en lang tekst som ser slik ut', nested: [[null, true, 0, 'x'.repeat(30)], 'x'.repeat(30)], empty: {} }
    expect(fromWire(toWire(odd))).toEqual(odd)
    expect(fromWire(toWire('x'.repeat(40)))).toBe('x'.repeat(40))
    expect(fromWire(toWire(undefined))).toBeUndefined()
  })

  it('turns a Node Buffer into plain bytes, as structured clone does', () => {
    const back = page.fromWire(toWire({ bytes: Buffer.from([1, 2, 3]) })) as { bytes: Uint8Array }
    expect([...back.bytes]).toEqual([1, 2, 3])
  })
})
