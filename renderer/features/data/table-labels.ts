/** Norwegian names of the tables, for previews and backup lists; unknown tables show their key. */
const LABELS: Record<string, string> = {
  organisations: 'Virksomheter',
  statusEvents: 'Statushendelser',
  people: 'Personer',
  sectors: 'Bransjer',
  events: 'Arrangementer',
  registrations: 'Påmeldinger og oppmøte',
  seatingPlans: 'Bordplaner',
  annualReports: 'Årsrapporter',
  contracts: 'Klimakontrakter',
  contractTemplates: 'Kontraktmaler',
  attachments: 'Vedlegg',
  settings: 'Innstillinger',
  auditLog: 'Endringslogg',
  syncLog: 'Eksportlogg',
  erasures: 'Slettet for godt',
  invitationLog: 'Invitasjonslogg',
  applications: 'Søknader',
}

export const tableLabel = (table: string): string => LABELS[table] ?? table

export const REASON_LABELS = {
  daily: 'Daglig',
  close: 'Ved lukking',
  'before-import': 'Før import',
  'before-upgrade': 'Før oppgradering',
  manual: 'Manuell',
} as const

/** A short summary such as "12 virksomheter, 40 personer". */
export function countsSummary(counts: Record<string, number>): string {
  const main = ['organisations', 'people', 'events', 'registrations', 'annualReports']
  return main
    .filter((t) => counts[t] !== undefined)
    .map((t) => `${counts[t]} ${tableLabel(t).toLowerCase()}`)
    .join(', ')
}
