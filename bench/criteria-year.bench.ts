/**
 * Judging a whole reporting year (every member's six criteria from the raw tables) for a network
 * four times today's size, against copying those rows once (structuredClone) in the same run.
 * The screens rebuild the year on every change, so it must stay cheap.
 */
import { it } from 'vitest'
import { defaultSettings } from '../renderer/domain/settings/settings'
import { buildYear, type YearTables } from '../renderer/domain/criteria/build-year'
import { network } from './criteria-year.bench-data'
import { medianMs, recordRuns } from './lib/record'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/** Copying every row once: the least work that touches all the data a year is judged from. */
function floor(t: YearTables): number {
  return structuredClone(t).organisations.length
}

it('a reporting year judged vs one copy of the same rows', async () => {
  const tables = network()
  const settings = defaultSettings()
  for (let i = 0; i < 5; i++) {
    buildYear(2025, '2026-06-01', settings, tables)
    floor(tables)
  }
  // Interleaved, so a busy neighbour on the shared cores slows both sides alike.
  const yearTimes: number[] = []
  const baseTimes: number[] = []
  for (let i = 0; i < 21; i++) {
    yearTimes.push(await medianMs(1, () => buildYear(2025, '2026-06-01', settings, tables)))
    baseTimes.push(await medianMs(1, () => floor(tables)))
  }
  const year = median(yearTimes)
  const base = median(baseTimes)
  recordRuns({
    name: 'criteria year (600 organisations)',
    target: 4,
    app: yearTimes,
    floor: baseTimes,
    detail: `buildYear ${year.toFixed(1)} ms vs structuredClone of the rows ${base.toFixed(1)} ms (median of 21, interleaved)`,
  })
})
