/**
 * Seeds organisations, people, events and registrations straight into the app's IndexedDB, as
 * the member register (built elsewhere) would have left them. Reload the page afterwards.
 */
import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { organisation as yearOrganisation } from '../shared/year-fixtures'
import { putStores } from './host/indexed-db'
import type { AuditEntry, MeetingEvent, Organisation, Person, PersonRole, Registration, RegistrationStatus, SeatingPlan, Tier } from '../../renderer/db/models'

const stamp = () => ({ id: randomUUID(), createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', deletedAt: null })

export const organisation = (name: string, tier: Tier = 'medlem'): Organisation => ({ ...yearOrganisation('', name, { tier }), ...stamp() })

export const person = (org: Organisation, name: string, email = '', roles: PersonRole[] = []): Person => ({
  ...stamp(),
  organisationId: org.id,
  name,
  title: '',
  email,
  phone: '',
  roles,
})

export const meeting = (title: string, date: string, extra: Partial<MeetingEvent> = {}): MeetingEvent => ({
  ...stamp(),
  kind: 'nettverksmote',
  title,
  date,
  startTime: '09:00',
  endTime: '11:30',
  place: 'Oslo rådhus',
  room: 'Festsalen',
  capacity: null,
  notes: '',
  cancelledAt: null,
  lunch: null,
  invitedOrganisationIds: [],
  ...extra,
})

export const registration = (event: MeetingEvent, p: Person, status: RegistrationStatus = 'pameldt'): Registration => ({
  ...stamp(),
  eventId: event.id,
  organisationId: p.organisationId,
  personId: p.id,
  rolesAtTime: p.roles,
  status,
  checkedInAt: null,
  walkIn: false,
  statusBeforeCheckIn: null,
})

export type Seed = { organisations?: Organisation[]; people?: Person[]; events?: MeetingEvent[]; registrations?: Registration[]; seatingPlans?: SeatingPlan[]; auditLog?: AuditEntry[] }

/** Writes the rows (the app must have opened its database once), then reloads. */
export async function seed(page: Page, rows: Seed): Promise<void> {
  await putStores(page, rows)
  await page.reload()
}
