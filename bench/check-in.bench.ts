/**
 * Door search: keystroke-to-matches over 5,000 registrations, against a plain array filter
 * (lower-case `includes` over the same "person organisation" strings) in the same run. The
 * index folds accents and ranks matches; the floor does neither.
 */
import { it } from 'vitest'
import { buildSearchIndex, searchIndex } from '../renderer/domain/event/check-in-search'
import { recordRuns } from './lib/record'

const FIRST = ['Åse', 'Ole', 'Hanne', 'Jørn', 'Renée', 'Máret', 'Kari', 'Per', 'Liv', 'Øystein', 'Siri', 'Nils', 'Ingrid', 'Tor', 'Bjørn', 'Sofie', 'Ella', 'Jonas', 'Thea', 'Emil']
const LAST = ['Ødegård', 'Hansen', 'Olsen', 'Berg', 'Dupont', 'Ánde', 'Nordmann', 'Ås', 'Ullmann', 'Bakke', 'Lund', 'Eriksen', 'Solberg', 'Haugen', 'Dæhlie', 'Strand', 'Kvam', 'Gahr', 'Vik', 'Fossum']
const ORG = ['Bølgen Energi', 'Oslo Sporveier', 'Ruter', 'Hafslund Celsio', 'Café Ørnen', 'Skanska Norge', 'Bane NOR', 'Statsbygg', 'Aker Solutions', 'Sámi Čuovga']
const KEYSTROKES = ['o', 'od', 'ode', 'odeg', 'h', 'ha', 'han', 'hans', 'b', 'bo', 'bol', 'bolg', 'cafe', 'cafe o', 'renee d', 'z']
const RUNS = 41

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

it('check-in search: keystroke to matches over 5,000 registrations', async () => {
  const entries = Array.from({ length: 5_000 }, (_, i) => ({
    id: String(i),
    personName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? ` ${i}` : ''}`,
    organisationName: `${ORG[i % ORG.length]} ${i % 97} AS`,
  }))
  const start = performance.now()
  const index = buildSearchIndex(entries)
  const buildMs = performance.now() - start
  const plain = entries.map((e) => `${e.personName} ${e.organisationName}`)

  let sink = 0
  const searchPass = () => {
    for (const q of KEYSTROKES) sink += searchIndex(index, q, 8).length
  }
  const floorPass = () => {
    for (const q of KEYSTROKES) sink += plain.filter((n) => n.toLowerCase().includes(q)).slice(0, 8).length
  }
  // Warm both up, then alternate them so neither gets the quieter moments of the machine.
  for (let i = 0; i < 5; i++) {
    searchPass()
    floorPass()
  }
  const searchTimes: number[] = []
  const floorTimes: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? [searchPass, floorPass] : [floorPass, searchPass]
    for (const pass of order) {
      const t = performance.now()
      pass()
      ;(pass === searchPass ? searchTimes : floorTimes).push(performance.now() - t)
    }
  }
  const search = median(searchTimes)
  const floor = median(floorTimes)
  const perKey = search / KEYSTROKES.length
  recordRuns({
    name: 'check-in search',
    target: 1.5,
    app: searchTimes,
    floor: floorTimes,
    detail: `${perKey.toFixed(2)} ms a keystroke vs plain filter ${(floor / KEYSTROKES.length).toFixed(2)} ms (5,000 registrations, median of ${RUNS}; index built once in ${buildMs.toFixed(0)} ms; ${sink > 0 ? 'matches found' : 'no matches'})`,
  })
})
