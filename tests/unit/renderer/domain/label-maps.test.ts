/**
 * One vocabulary: each concept's words are written once. Every exported label map (a plain object
 * of Norwegian words by code) anywhere in the renderer and electron/shared is collected, and no two
 * may have the same set of keys: a second map over the same codes is a copy that will drift.
 */
import { describe, expect, it } from 'vitest'

// Every module but the page's entry (it renders the app on import) and the seating worker.
const modules = import.meta.glob<Record<string, unknown>>(
  ['/renderer/**/*.{ts,tsx}', '/electron/shared/**/*.ts', '!/renderer/main.tsx', '!/renderer/**/*.worker.ts', '!/renderer/**/*.d.ts'],
)

type LabelMap = { name: string; keys: string }

function isLabelMap(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  const values = Object.values(value)
  return values.length >= 2 && values.every((v) => typeof v === 'string')
}

async function labelMaps(): Promise<LabelMap[]> {
  const seen = new Map<object, LabelMap>()
  for (const [path, load] of Object.entries(modules)) {
    const exports = await load()
    for (const [name, value] of Object.entries(exports)) {
      // A map re-exported (an index.ts) is the same object: counted once.
      if (isLabelMap(value) && !seen.has(value)) seen.set(value, { name: `${path.slice(1)}: ${name}`, keys: Object.keys(value).sort().join(',') })
    }
  }
  return [...seen.values()]
}

describe('label maps', () => {
  it('finds the concepts’ label maps where they live', async () => {
    const names = (await labelMaps()).map((m) => m.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'renderer/domain/organisation/labels.ts: PIPELINE_STATUS_LABELS',
        'renderer/domain/event/labels.ts: REGISTRATION_STATUS_LABELS',
        'renderer/domain/criteria/labels.ts: CRITERION_STATUS_LABELS',
        'renderer/domain/criteria/labels.ts: CRITERION_LABELS',
        'renderer/domain/event/labels.ts: EVENT_KIND_LABELS',
        'renderer/domain/organisation/labels.ts: ROLE_LABELS',
      ]),
    )
  }, 60_000)

  it('never has two maps over the same set of codes', async () => {
    const byKeys = new Map<string, string[]>()
    for (const map of await labelMaps()) byKeys.set(map.keys, [...(byKeys.get(map.keys) ?? []), map.name])
    const copies = [...byKeys.values()].filter((names) => names.length > 1)
    expect(copies).toEqual([])
  }, 60_000)
})
