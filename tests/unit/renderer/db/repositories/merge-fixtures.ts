/** Two duplicate organisations (and two duplicate people), the merged-away one referred to from every table that can. */
import { db } from '../../../../../renderer/db/db'
import type { Application, AnnualReport, Attachment, ClimateContract, Registration, StatusEvent } from '../../../../../renderer/db/models'
import { audit, newRecord } from '../../../../../renderer/db/repositories/base'
import type { InvitationLogEntry } from '../../../../../renderer/domain/event/invitation-log'
import { seedOrganisation, seedPerson } from '../../domain/event/seed'

export async function seedDuplicates() {
  const d = db()
  const survivor = await seedOrganisation('Solstrand Eiendom AS', 'medlem', { orgNumber: '912345678', website: 'https://solstrand.no' })
  const other = await seedOrganisation('Solstrand eiendom', 'medlem', { orgNumber: '912 345 678', sector: 'Eiendom', notes: 'Registrert på den andre maskinen' })
  const kari = await seedPerson(survivor, 'Kari Nordmann', ['toppleder'], 'kari@solstrand.no')
  const kari2 = await seedPerson(other, 'Kari Nordmann', ['klimakontakt'], 'KARI@solstrand.no')
  const ola = await seedPerson(other, 'Ola Hansen', ['annen'], 'ola@solstrand.no')
  const eventRow = newRecord({
    kind: 'signeringslunsj' as const, title: 'Signeringslunsj mars', date: '2027-03-03', startTime: '11:00', endTime: '13:00', place: 'Rådhuset', room: '', capacity: null, notes: '', cancelledAt: null,
    invitedOrganisationIds: [other.id],
    lunch: { commissionerName: '', commissionerTitle: '', maxOrganisations: 10, maxGuestsPerOrganisation: 2, hosts: [], welcomeMinutes: 10, signingMinutes: 2, speakingOrder: [{ organisationId: other.id, minutes: 3 }], signingRegisteredAt: null },
  })
  await d.events.add(eventRow)
  const registration = newRecord({ eventId: eventRow.id, organisationId: other.id, personId: kari2.id, rolesAtTime: ['klimakontakt'], status: 'pameldt', checkedInAt: null, walkIn: false }) as Registration
  const olaRegistration = newRecord({ eventId: eventRow.id, organisationId: other.id, personId: ola.id, rolesAtTime: ['annen'], status: 'pameldt', checkedInAt: null, walkIn: false }) as Registration
  await d.registrations.bulkAdd([registration, olaRegistration])
  await d.statusEvents.bulkAdd([
    newRecord({ organisationId: survivor.id, status: 'soker', date: '2026-01-10', note: '' }) as StatusEvent,
    newRecord({ organisationId: other.id, status: 'medlem', date: '2026-03-01', note: 'Signert' }) as StatusEvent,
  ])
  const report = newRecord({ organisationId: other.id, year: 2026, status: 'mottatt', receivedDate: '2027-02-01', caseNumber: '', data: {} }) as AnnualReport
  await d.annualReports.add(report)
  const contract = newRecord({
    organisationId: other.id, eventId: eventRow.id, templateVersion: 1, generatedAt: null, commissionerName: '', snapshot: null, signedDate: null,
    signatoryPersonId: kari2.id, signatoryName: 'Kari Nordmann', caseNumber: '', attachmentId: null,
  }) as ClimateContract
  await d.contracts.add(contract)
  const logo = newRecord({ ownerTable: 'organisations', ownerId: other.id, name: 'logo.png', mimeType: 'image/png', bytes: new Uint8Array([1]) }) as Attachment
  const card = newRecord({ ownerTable: 'people', ownerId: kari2.id, name: 'visittkort.png', mimeType: 'image/png', bytes: new Uint8Array([2]) }) as Attachment
  await d.attachments.bulkAdd([logo, card])
  const application = newRecord({ organisationId: other.id, formId: 'f-1', date: '2026-01-05', startedAt: '', submittedAt: '', tier: 'medlem', answers: [], source: 'skjema.xlsx' }) as Application
  await d.applications.add(application)
  const line = newRecord({
    eventId: eventRow.id, at: '2027-02-01T10:00:00.000Z', kind: 'invitation', registrationId: registration.id, personId: kari2.id,
    recipientName: 'Kari Nordmann', organisationName: 'Solstrand eiendom', email: 'KARI@solstrand.no', fileName: 'Kari.eml', calendar: null, userName: '',
  }) as InvitationLogEntry
  await d.invitationLog.add(line)
  await d.diets.add({ id: registration.id, eventId: eventRow.id, personId: kari2.id, needs: ['Vegetar'], note: '', deleteOn: '2027-03-10', updatedAt: '2027-02-01T10:00:00.000Z' })
  // The trash's list of people taken with an organisation (as if it had been trashed and restored).
  const trashed = await seedOrganisation('Gammel AS', 'medlem', { orgNumber: '999888777', deletedAt: '2027-01-01T00:00:00.000Z', trashedPersonIds: [kari2.id] })
  // Copies merged earlier into the records about to be merged away: a chain, C into B before B into A.
  const olderCopy = await seedOrganisation('Solstrand Eiendom', 'medlem', { deletedAt: '2027-01-02T00:00:00.000Z', mergedInto: other.id })
  const kari3 = await seedPerson(survivor, 'Kari N.', [], '')
  await d.people.put({ ...kari3, deletedAt: '2027-01-02T00:00:00.000Z', mergedInto: kari2.id })
  await d.transaction('rw', [d.auditLog, d.device], async () => {
    await audit('organisations', other.id, 'create', 'Virksomheten Solstrand eiendom ble registrert')
    await audit('people', kari2.id, 'create', 'Kari Nordmann ble lagt til')
  })
  return { survivor, other, kari, kari2, ola, event: eventRow, registration, olaRegistration, report, contract, logo, card, application, line, trashed, olderCopy, kari3 }
}

/** Every row of every table (this laptop's own included) that still mentions `id`, as `table:rowId`. */
export async function rowsMentioning(id: string): Promise<string[]> {
  const found: string[] = []
  for (const table of db().tables) {
    await table.each((row: Record<string, unknown>) => {
      if (JSON.stringify(row).includes(id)) found.push(`${table.name}:${String(row.id)}`)
    })
  }
  return found.sort()
}
