/**
 * A small contract batch rendered once when the worker starts ahead of use: it loads the fonts,
 * fills the width caches and lets the engine compile the drawing code before the user's batch.
 */
import type { ContractModel } from '../../../shared/channels/contracts'

const SAMPLE: ContractModel = {
  title: 'Klimakontrakt',
  organisation: { name: 'Prøve AS – Ærlig Øst Åsen', orgNumber: '923609016', addressLines: ['Storgata 1', '0155 Oslo'] },
  commissioner: { name: 'Byråd', title: 'byråd for miljø og samferdsel' },
  signatory: { name: 'Kari Nordmann', title: 'daglig leder' },
  place: 'Oslo',
  dateInWords: '3. juni 2027',
  body: [
    { kind: 'heading', text: 'Formål' },
    { kind: 'paragraph', text: 'Næring for klima er et klimasamarbeid mellom Oslo kommune og virksomheter i Osloregionen, der virksomhetene bidrar til å nå målet og deler erfaringer med hverandre. 0123456789' },
    { kind: 'bullets', items: ['støtter Oslos klimamål', 'leverer årsrapport til nettverket hvert år'] },
  ],
  logo: null,
  templateVersion: 1,
}

type WarmUpJob = { kind: 'contracts'; input: { contracts: ContractModel[]; merged: boolean; separate: boolean } }

/**
 * How many contracts each warm-up step renders. A user's job that arrives meanwhile waits for the
 * step under way only, not for all of them (under load a whole warm-up took seconds, and a batch
 * started soon after opening the page sat behind it), so no step is large: a job waits for six
 * contracts at most (about 30 ms warm).
 *
 * About a hundred contracts in all: the engine optimises the drawing and saving code only after it
 * has run that often. With the earlier warm-up (eight contracts) the first batch of 130 after it took
 * 1.0–2.3 s against 0.37–1.2 s for the next ones (three tries, a loaded machine); after this one it
 * took 0.49–1.1 s. The user's first batch is the one that counts: a lunch makes one.
 */
export const WARM_UP_STEPS = [2, 2, 4, ...Array.from({ length: 15 }, () => 6)]

/** The warm-up jobs: the first two also make one file per organisation, the rest one merged file, as a batch does. */
export function warmUpJobs(): WarmUpJob[] {
  return WARM_UP_STEPS.map((count, i) => ({ kind: 'contracts', input: { contracts: Array.from({ length: count }, () => SAMPLE), merged: true, separate: i < 2 } }))
}
