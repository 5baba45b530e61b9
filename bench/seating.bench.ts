/**
 * 200 guests at 25 tables: automatic seating against a plain round-robin placement of the same
 * guests (the floor), in time and in score.
 */
import { expect, it } from 'vitest'
import { autoSeat, defaultRules, evaluatePlan, roundRobinSeat, type SeatGuest, type SeatTable } from '../renderer/domain/seating'
import { medianMs, recordBench } from './lib/record'

const SECTORS = ['energi', 'bygg og eiendom', 'transport', 'handel', 'finans', 'IKT', 'mat og servering', 'rådgivning', 'industri', 'kultur']

function lunchOf(guestCount: number, tableCount: number): { guests: SeatGuest[]; tables: SeatTable[] } {
  const tables: SeatTable[] = Array.from({ length: tableCount }, (_, i) => ({ id: `t${i + 1}`, name: `Bord ${i + 1}`, shape: i % 3 === 2 ? 'rect' : 'round', seats: 8 }))
  const guests: SeatGuest[] = [{ id: 'byråd', name: 'Byråd', organisationId: '', sector: '', isHost: true, isCommissioner: true }]
  for (let h = 1; h < 20; h++) guests.push({ id: `h${h}`, name: `Vert ${h}`, organisationId: '', sector: '', isHost: true, isCommissioner: false })
  for (let i = 0; guests.length < guestCount; i++) {
    const org = Math.floor(i / 2)
    guests.push({ id: `g${i}`, name: `Gjest ${i}`, organisationId: `o${org}`, sector: SECTORS[(org * 7) % SECTORS.length]!, isHost: false, isCommissioner: false })
  }
  return { guests, tables }
}

it('seats 200 guests at 25 tables: time and score against round-robin', async () => {
  const { guests, tables } = lunchOf(200, 25)
  const rules = defaultRules()
  const floorMs = Math.max(0.05, await medianMs(9, () => evaluatePlan(guests, tables, rules, roundRobinSeat(guests, tables))))
  const autoMs = await medianMs(3, () => autoSeat(guests, tables, rules))
  const auto = autoSeat(guests, tables, rules)
  const floor = evaluatePlan(guests, tables, rules, roundRobinSeat(guests, tables))
  expect(Object.keys(auto.assignment)).toHaveLength(200)
  const scoreRatio = floor.score / Math.max(1, auto.score)
  recordBench({
    name: 'seating 200 guests / 25 tables: time vs round-robin',
    ratio: autoMs / floorMs,
    target: 2000,
    detail: `auto ${autoMs.toFixed(0)} ms, round-robin (placed and scored) ${floorMs.toFixed(2)} ms`,
  })
  recordBench({
    name: 'seating 200 guests / 25 tables: round-robin score / auto score',
    ratio: scoreRatio,
    target: 0.8,
    detail: `auto ${auto.score} of ${auto.maxScore}, round-robin ${floor.score} of ${floor.maxScore}`,
  })
  expect(auto.score).toBeGreaterThan(floor.score)
})
