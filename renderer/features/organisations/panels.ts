/**
 * Sections other features show on an organisation's page (climate contracts, attendance, …).
 * To add one, append a line to ORGANISATION_PANELS:
 *   { id: 'contracts', title: 'Klimakontrakter', Component: ContractsPanel },
 * The component gets the organisation's id and reads its own data through its repositories.
 */
import type { ComponentType } from 'react'
import { ApplicationPanel } from '../applications'
import { OrganisationAttendance } from '../attendance'
import { ContractPanel } from '../contracts'
import { OrganisationReportsPanel } from '../reports'

export type OrganisationPanel = {
  id: string
  /** Heading of the section, Norwegian. */
  title: string
  Component: ComponentType<{ organisationId: string }>
}

export const ORGANISATION_PANELS: OrganisationPanel[] = [
  { id: 'application', title: 'Søknad', Component: ApplicationPanel },
  { id: 'contracts', title: 'Klimakontrakt', Component: ContractPanel },
  { id: 'annual-reports', title: 'Årsrapporter', Component: OrganisationReportsPanel },
  { id: 'attendance', title: 'Arrangementer og oppmøte', Component: OrganisationAttendance },
]
