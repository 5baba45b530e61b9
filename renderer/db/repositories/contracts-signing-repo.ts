/**
 * Signing, case numbers and scanned copies of climate contracts (re-exported by contracts-repo).
 * A refusal comes back as the result, in Norwegian, before anything is written.
 */
import { isDateOnly } from '../../lib/dates'
import { db } from '../db'
import type { ClimateContract, DateOnly } from '../models'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'
import { writeStatusEvent } from './status-events-repo'
import { notFound, ok, refused, type Outcome } from '../../lib/result'

export type SignatureInput = {
  organisationId: string
  /** The contract signed; when omitted, the newest unsigned one (or a new record if none). */
  contractId?: string | null
  signedDate: DateOnly
  signatoryPersonId: string | null
  signatoryName: string
  /** The signing lunch where it was signed. */
  eventId?: string | null
}

/**
 * Marks the contract signed and makes the organisation a member from that date: a status event
 * `medlem`, and the organisation's status and signed date, all in one transaction.
 */
export async function registerSignature(input: SignatureInput): Promise<Outcome<ClimateContract>> {
  if (!isDateOnly(input.signedDate)) return refused('Signeringsdatoen er ugyldig. Skriv den som 28.11.2026.')
  if (!input.signatoryName.trim()) return refused('Skriv inn hvem som signerte for virksomheten.')
  const d = db()
  return d.transaction('rw', [d.contracts, d.organisations, d.people, d.statusEvents, d.auditLog, d.device], async () => {
    const org = await d.organisations.get(input.organisationId)
    if (!org || org.deletedAt) return notFound('Fant ikke virksomheten.')
    const contracts = (await d.contracts.where('organisationId').equals(org.id).toArray()).filter((c) => c.deletedAt === null)
    let before = input.contractId ? contracts.find((c) => c.id === input.contractId) : undefined
    if (input.contractId && !before) return notFound('Fant ikke kontrakten.')
    before ??= contracts
      .filter((c) => c.signedDate === null)
      .sort((a, b) => (b.generatedAt ?? '').localeCompare(a.generatedAt ?? ''))[0]
    if (before?.signedDate) return refused('Kontrakten er allerede registrert som signert.')

    // The signer's roles on the day: kept from when the contract was made if the same person signs.
    const signer = input.signatoryPersonId ? await d.people.get(input.signatoryPersonId) : undefined
    const keptRoles = before?.signatoryPersonId === input.signatoryPersonId ? before?.signatoryRolesAtTime : undefined
    const signatoryRolesAtTime = keptRoles ?? (signer && !signer.deletedAt ? [...signer.roles] : null)
    const signed = nfc({
      signedDate: input.signedDate,
      signatoryPersonId: input.signatoryPersonId,
      signatoryName: input.signatoryName.trim(),
      signatoryRolesAtTime,
      ...(input.eventId !== undefined ? { eventId: input.eventId } : {}),
    })
    let contract: ClimateContract
    if (before) {
      contract = { ...before, ...signed, updatedAt: nowIso() }
      await d.contracts.put(contract)
      await audit('contracts', contract.id, 'update', `Klimakontrakt signert ${input.signedDate}`, diffRecords(before, contract))
    } else {
      contract = newRecord({
        organisationId: org.id,
        eventId: input.eventId ?? null,
        templateVersion: 0,
        generatedAt: null,
        commissionerName: '',
        snapshot: null,
        signedDate: input.signedDate,
        signatoryPersonId: input.signatoryPersonId,
        signatoryName: signed.signatoryName,
        signatoryRolesAtTime,
        caseNumber: '',
        attachmentId: null,
      })
      await d.contracts.add(contract)
      await audit('contracts', contract.id, 'create', `Signert klimakontrakt registrert ${input.signedDate}`)
    }

    // The member register's one way to change status: adds the event, refreshes status and signed date.
    await writeStatusEvent(org.id, 'medlem', input.signedDate, 'Klimakontrakt signert')
    return ok(contract)
  })
}

async function updateContract(contractId: string, change: Partial<ClimateContract>, summary: string): Promise<Outcome<ClimateContract>> {
  const d = db()
  return d.transaction('rw', [d.contracts, d.auditLog, d.device], async () => {
    const before = await d.contracts.get(contractId)
    if (!before || before.deletedAt) return notFound('Fant ikke kontrakten.')
    const next = { ...before, ...nfc(change), updatedAt: nowIso() }
    await d.contracts.put(next)
    await audit('contracts', contractId, 'update', summary, diffRecords(before, next))
    return ok(next)
  })
}

/** The case number in the municipality's archive (saksnummer), e.g. 27/01234-5. */
export async function setCaseNumber(contractId: string, caseNumber: string): Promise<Outcome<ClimateContract>> {
  const value = caseNumber.trim()
  if (value.length > 50) return refused('Saksnummeret kan ha høyst 50 tegn.')
  return updateContract(contractId, { caseNumber: value }, value ? `Saksnummer satt til ${value}` : 'Saksnummer fjernet')
}

export type SignedCopyFile = { name: string; mimeType: string; bytes: Uint8Array }

const SIGNED_COPY_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg'])
export const MAX_SIGNED_COPY_BYTES = 25 * 1024 * 1024

/** Keeps the scanned signed copy with the contract; a replaced copy is soft-deleted, not lost. */
export async function attachSignedCopy(contractId: string, file: SignedCopyFile): Promise<Outcome<ClimateContract>> {
  if (!SIGNED_COPY_TYPES.has(file.mimeType)) return refused('Den signerte kopien må være en PDF, PNG eller JPEG.')
  if (file.bytes.byteLength > MAX_SIGNED_COPY_BYTES) return refused('Filen er større enn 25 MB.')
  const d = db()
  return d.transaction('rw', [d.contracts, d.attachments, d.auditLog, d.device], async () => {
    const before = await d.contracts.get(contractId)
    if (!before || before.deletedAt) return notFound('Fant ikke kontrakten.')
    if (before.attachmentId) {
      const old = await d.attachments.get(before.attachmentId)
      if (old) await d.attachments.put({ ...old, deletedAt: nowIso(), updatedAt: nowIso() })
    }
    const stored = newRecord({ ownerTable: 'contracts', ownerId: contractId, name: file.name, mimeType: file.mimeType, bytes: file.bytes })
    await d.attachments.add(stored)
    const next = { ...before, attachmentId: stored.id, updatedAt: nowIso() }
    await d.contracts.put(next)
    await audit('contracts', contractId, 'update', `Signert kopi «${file.name}» lagt ved`, diffRecords(before, next))
    return ok(next)
  })
}

/** MIME type from a file name; the open dialog gives names, not types. */
export function mimeTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop()
  return ext === 'pdf' ? 'application/pdf' : ext === 'png' ? 'image/png' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : 'application/octet-stream'
}

async function setDeleted(contractId: string, deleted: boolean): Promise<Outcome<ClimateContract>> {
  const d = db()
  return d.transaction('rw', [d.contracts, d.auditLog, d.device], async () => {
    const before = await d.contracts.get(contractId)
    if (!before) return notFound('Fant ikke kontrakten.')
    if (deleted && before.signedDate) return refused('En signert kontrakt kan ikke fjernes.')
    const at = nowIso()
    const next = { ...before, deletedAt: deleted ? at : null, updatedAt: at }
    await d.contracts.put(next)
    await audit('contracts', contractId, deleted ? 'delete' : 'restore', deleted ? 'Usignert klimakontrakt fjernet' : 'Klimakontrakt gjenopprettet')
    return ok(next)
  })
}

/** Removes an unsigned contract made by mistake (soft delete; `restoreContract` undoes it). */
export const removeContract = (contractId: string): Promise<Outcome<ClimateContract>> => setDeleted(contractId, true)
export const restoreContract = (contractId: string): Promise<Outcome<ClimateContract>> => setDeleted(contractId, false)
