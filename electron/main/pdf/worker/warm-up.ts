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
 * The warm-up in small steps (two contracts each, merged and separate): a user's job that arrives
 * meanwhile waits for the step under way only, not for all of them (under load a whole warm-up
 * took seconds, and a batch started soon after opening the page sat behind it).
 */
export function warmUpJobs(): WarmUpJob[] {
  return Array.from({ length: 4 }, () => ({ kind: 'contracts', input: { contracts: [SAMPLE, SAMPLE], merged: true, separate: true } }))
}
