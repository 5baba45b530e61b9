/**
 * "Registrer signering" after a lunch: each organisation that signed becomes a member from the
 * lunch's date, its contract is marked signed, and attendance is recorded; the others stay
 * invited for the next lunch. Until the contracts feature's `registerSignature` lands, the
 * contract step lives here.
 */
import { db } from '../db'
import type { ClimateContract, Organisation, Registration } from '../models'
import { audit, diffRecords, newRecord, nowIso } from './base'
import { getLunch, LunchRuleError } from './lunches-repo'

export type Signature = { organisationId: string; signatoryPersonId: string }

export async function registerLunchSigning(lunchId: string, signatures: readonly Signature[]): Promise<void> {
  const d = db()
  await d.transaction('rw', [d.events, d.organisations, d.statusEvents, d.people, d.registrations, d.contracts, d.auditLog, d.device], async () => {
    const lunch = await getLunch(lunchId)
    if (!lunch) throw new LunchRuleError('Fant ikke signeringslunsjen.')
    if (lunch.lunch.signingRegisteredAt) throw new LunchRuleError('Signeringen er allerede registrert for denne lunsjen.')
    const signedIds = new Set(signatures.map((s) => s.organisationId))
    for (const { organisationId, signatoryPersonId } of signatures) {
      const org = await d.organisations.get(organisationId)
      const person = await d.people.get(signatoryPersonId)
      if (!org || !lunch.lunch.organisationIds.includes(organisationId)) throw new LunchRuleError('Virksomheten er ikke invitert til denne lunsjen.')
      if (!person || person.organisationId !== organisationId) throw new LunchRuleError(`Velg hvem som signerte for ${org.name}.`)
      await becomeMember(org, lunch.date, `${org.name} signerte klimakontrakten på signeringslunsj ${lunch.date}`)
      await markContractSigned(organisationId, lunchId, lunch.date, person.id, person.name, lunch.lunch.commissionerName)
    }
    // Attendance: the guests of organisations that signed came; of the others, those not checked in did not.
    const registrations = (await d.registrations.where('eventId').equals(lunchId).toArray()).filter((r) => !r.deletedAt)
    for (const r of registrations) {
      const status: Registration['status'] = signedIds.has(r.organisationId) || r.status === 'mott' ? 'mott' : 'ikke-mott'
      if (status === r.status) continue
      const next: Registration = { ...r, status, checkedInAt: status === 'mott' ? (r.checkedInAt ?? nowIso()) : null, updatedAt: nowIso() }
      await d.registrations.put(next)
      await audit('registrations', r.id, 'update', status === 'mott' ? 'Møtt på signeringslunsj' : 'Ikke møtt på signeringslunsj', diffRecords(r, next))
    }
    const next = { ...lunch, lunch: { ...lunch.lunch, signingRegisteredAt: nowIso() }, updatedAt: nowIso() }
    await d.events.put(next)
    await audit('events', lunchId, 'update', `Signering registrert for ${signatures.length} virksomheter`, diffRecords(lunch, next))
  })
}

async function becomeMember(org: Organisation, date: string, note: string): Promise<void> {
  const d = db()
  const event = newRecord({ organisationId: org.id, status: 'medlem' as const, date, note })
  await d.statusEvents.add(event)
  await audit('statusEvents', event.id, 'create', note)
  const next: Organisation = { ...org, status: 'medlem', signedDate: date, updatedAt: nowIso() }
  await d.organisations.put(next)
  await audit('organisations', org.id, 'update', note, diffRecords(org, next))
}

/** Marks the lunch's contract (or the organisation's latest unsigned one) signed; makes a record if none exists. */
async function markContractSigned(organisationId: string, lunchId: string, date: string, personId: string, personName: string, commissionerName: string): Promise<void> {
  const d = db()
  const contracts = (await d.contracts.where('organisationId').equals(organisationId).toArray()).filter((c) => !c.deletedAt && !c.signedDate)
  const found = contracts.find((c) => c.eventId === lunchId) ?? contracts.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
  if (found) {
    const next: ClimateContract = { ...found, eventId: lunchId, signedDate: date, signatoryPersonId: personId, signatoryName: personName, updatedAt: nowIso() }
    await d.contracts.put(next)
    await audit('contracts', found.id, 'update', `Klimakontrakt signert ${date}`, diffRecords(found, next))
    return
  }
  const contract = newRecord({
    organisationId,
    eventId: lunchId,
    templateVersion: 0,
    generatedAt: null,
    commissionerName,
    snapshot: null,
    signedDate: date,
    signatoryPersonId: personId,
    signatoryName: personName,
    caseNumber: '',
    attachmentId: null,
  })
  await d.contracts.add(contract)
  await audit('contracts', contract.id, 'create', `Klimakontrakt signert ${date}`)
}
