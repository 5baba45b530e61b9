/**
 * 200 guests at 25 tables: automatic seating against a plain round-robin placement of the same
 * guests (the floor), in time and in score.
 */
import { expect, it } from 'vitest'
import { autoSeat, defaultRules, evaluatePlan, roundRobinSeat } from '../renderer/domain/seating'
import { lunchOf } from './lib/lunch-of'
import { median, recordBench, recordRuns, timesMs } from './lib/record'

it('seats 200 guests at 25 tables: time and score against round-robin', async () => {
  const { guests, tables } = lunchOf(200, 25)
  const rules = defaultRules()
  const floorTimes = (await timesMs(9, () => evaluatePlan(guests, tables, rules, roundRobinSeat(guests, tables)))).map((ms) => Math.max(0.05, ms))
  const autoTimes = await timesMs(3, () => autoSeat(guests, tables, rules))
  const floorMs = median(floorTimes)
  const autoMs = median(autoTimes)
  const auto = autoSeat(guests, tables, rules)
  const floor = evaluatePlan(guests, tables, rules, roundRobinSeat(guests, tables))
  expect(Object.keys(auto.assignment)).toHaveLength(200)
  const scoreRatio = floor.score / Math.max(1, auto.score)
  recordRuns({
    name: 'seating 200 guests / 25 tables: time vs round-robin',
    target: 2000,
    app: autoTimes,
    floor: floorTimes,
    detail: `auto ${autoMs.toFixed(0)} ms, round-robin (placed and scored) ${floorMs.toFixed(2)} ms`,
  })
  recordBench({
    name: 'seating 200 guests / 25 tables: round-robin score / auto score',
    ratio: scoreRatio,
    target: 0.8,
    runs: 1,
    detail: `auto ${auto.score} of ${auto.maxScore}, round-robin ${floor.score} of ${floor.maxScore}`,
  })
  expect(auto.score).toBeGreaterThan(floor.score)
})
