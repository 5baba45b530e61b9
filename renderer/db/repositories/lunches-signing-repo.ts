/**
 * "Registrer signering" after a lunch: each organisation that signed becomes a member from the
 * lunch's date and its contract is marked signed (the contracts feature's `registerSignature`,
 * run inside this transaction), and attendance is recorded; the others stay invited for the
 * next lunch.
 */
import { db } from '../db'
import type { Registration } from '../models'
import { notFound, ok, refused, type Outcome } from '../../lib/result'
import { audit, diffRecords, nowIso, refusable } from './base'
import { registerSignature } from './contracts-signing-repo'
import { getLunch } from './lunches-repo'

export type Signature = { organisationId: string; signatoryPersonId: string }

/** All or nothing: a refusal for any organisation (after others were signed) aborts the whole registration. */
export async function registerLunchSigning(lunchId: string, signatures: readonly Signature[]): Promise<Outcome<void>> {
  const d = db()
  return refusable([d.events, d.organisations, d.statusEvents, d.people, d.registrations, d.contracts, d.auditLog, d.device], async () => {
    const lunch = await getLunch(lunchId)
    if (!lunch) return notFound('Fant ikke signeringslunsjen.')
    if (lunch.lunch.signingRegisteredAt) return refused('Signeringen er allerede registrert for denne lunsjen.')
    const signedIds = new Set(signatures.map((s) => s.organisationId))
    for (const { organisationId, signatoryPersonId } of signatures) {
      const org = await d.organisations.get(organisationId)
      const person = await d.people.get(signatoryPersonId)
      if (!org || !lunch.invitedOrganisationIds.includes(organisationId)) return refused('Virksomheten er ikke invitert til denne lunsjen.')
      if (!person || person.organisationId !== organisationId) return refused(`Velg hvem som signerte for ${org.name}.`)
      // The contract made for this lunch, if any; otherwise registerSignature takes the newest unsigned one.
      const forLunch = (await d.contracts.where('organisationId').equals(organisationId).toArray()).find((c) => !c.deletedAt && !c.signedDate && c.eventId === lunchId)
      const signed = await registerSignature({
        organisationId,
        contractId: forLunch?.id ?? null,
        signedDate: lunch.date,
        signatoryPersonId: person.id,
        signatoryName: person.name,
        eventId: lunchId,
      })
      if (!signed.ok) return signed
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
    return ok(undefined)
  })
}
