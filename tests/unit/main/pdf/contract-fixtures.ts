import type { ContractModel } from '../../../../electron/shared/channels/contracts'

export const sampleBody: ContractModel['body'] = [
  { kind: 'heading', text: '1. Formål' },
  {
    kind: 'paragraph',
    text: 'Oslo kommune har som mål å kutte klimagassutslippene med 95 prosent innen 2030. Næring for klima er et klimasamarbeid mellom Oslo kommune og virksomheter i Osloregionen.',
  },
  { kind: 'heading', text: '2. Virksomhetens forpliktelser' },
  {
    kind: 'bullets',
    items: [
      'støtter Oslos klimamål og vil arbeide aktivt for å kutte egne og andres utslipp',
      'har virksomhet i Oslo eller indre Stor-Oslo',
      'forankrer klimaarbeidet i toppledelsen og prioriterer toppledermøtene',
      'har gjennomført eller planlagt tiltak for å kutte utslipp',
      'leverer årsrapport til nettverket hvert år',
      'deltar på minst ett nettverksmøte hvert år',
    ],
  },
  { kind: 'heading', text: '3. Varighet' },
  { kind: 'paragraph', text: 'Avtalen gjelder fra signering og løper til en av partene sier den opp skriftlig.' },
]

export function sampleContract(overrides: Partial<ContractModel> = {}): ContractModel {
  return {
    title: 'Klimakontrakt',
    organisation: { name: 'Čáhppes Đuoddar ŋŧž AS', orgNumber: '923609016', addressLines: ['Storgata 1', '0155 Oslo'] },
    commissioner: { name: 'Marit Vea', title: 'byråd for miljø og samferdsel' },
    signatory: { name: 'Ánde Šošoŧ', title: 'administrerende direktør' },
    place: 'Oslo',
    dateInWords: '3. juni 2027',
    body: sampleBody,
    logo: null,
    templateVersion: 1,
    ...overrides,
  }
}
