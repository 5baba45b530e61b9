/** The main navigation, in the order the secretariat works. */
export const NAV_ITEMS = [
  { to: '/', label: 'Oversikt' },
  { to: '/virksomheter', label: 'Virksomheter' },
  { to: '/soknader', label: 'Søknader' },
  { to: '/arrangementer', label: 'Arrangementer' },
  { to: '/signeringslunsjer', label: 'Signeringslunsjer' },
  { to: '/arsrapporter', label: 'Årsrapporter' },
  { to: '/kriterier', label: 'Kriterier' },
  { to: '/data', label: 'Data' },
  { to: '/innstillinger', label: 'Innstillinger' },
] as const
