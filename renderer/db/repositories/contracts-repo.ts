/**
 * Climate contracts, their template versions and signatures. `registerSignature` is the one way a
 * contract becomes signed (the signing-lunch planner calls it too): it marks the contract and
 * makes the organisation a member with that date, in one transaction.
 */
import { contractModel, type ContractModel } from '../../../electron/shared/channels/contracts'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { bySignatoryRank, defaultSignatory } from '../../domain/contract/signatory'
import { defaultTemplate, fillTemplate, templateErrors, templateName } from '../../domain/contract/template'
import { TIERS } from '../../domain/organisation/labels'
import type { Tier } from '../../domain/organisation/types'
import { formatDateInWords, isDateOnly } from '../../lib/dates'
import { db } from '../db'
import type { Attachment, ClimateContract, ContractTemplate, DateOnly, MeetingEvent, Organisation, Person } from '../models'
import { audit, auditMany, newRecord, nfc, nowIso } from './base'
import { notFound, ok, refused, type Outcome } from '../../lib/result'

/** The template in use for a tier: its latest saved version, or the built-in default before any is saved. */
export type TemplateInUse = Pick<ContractTemplate, 'version' | 'body' | 'logoAttachmentId'> & { id: string | null; builtIn: boolean; tier: Tier }

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null)
const tierOf = (t: Pick<ContractTemplate, 'tier'>): Tier => t.tier ?? 'medlem'
/** Live versions, highest number first; the two tiers count apart, so ties fall back to when they were made. */
const newestFirst = (rows: ContractTemplate[]): ContractTemplate[] => live(rows).sort((a, b) => b.version - a.version || b.createdAt.localeCompare(a.createdAt))

/** A tier's saved versions, newest first. */
export async function templateVersions(tier: Tier = 'medlem'): Promise<ContractTemplate[]> {
  return newestFirst(await db().contractTemplates.toArray()).filter((t) => tierOf(t) === tier)
}

export async function currentTemplate(tier: Tier = 'medlem'): Promise<TemplateInUse> {
  return templateInUse(await db().contractTemplates.toArray(), tier)
}

/** The tier's template in use among these stored versions (every version of every tier). */
function templateInUse(stored: ContractTemplate[], tier: Tier): TemplateInUse {
  const [latest] = newestFirst(stored).filter((t) => tierOf(t) === tier)
  if (latest) return { ...latest, tier, builtIn: false }
  // A tier not yet saved uses its built-in text, with the logo the other tier has.
  const [anyLatest] = live(stored).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return { id: null, version: 1, body: defaultTemplate(tier), logoAttachmentId: anyLatest?.logoAttachmentId ?? null, builtIn: true, tier }
}

async function nextVersion(tier: Tier): Promise<number> {
  const [last] = await templateVersions(tier)
  return (last?.version ?? 0) + 1
}

/** Saves the text as a new version of the tier's template; refuses unknown fields and unprintable characters. */
export async function saveTemplate(body: string, tier: Tier = 'medlem'): Promise<Outcome<ContractTemplate>> {
  const errors = templateErrors(body)
  if (errors.length) return refused(errors.join(' '), errors)
  const d = db()
  return d.transaction('rw', [d.contractTemplates, d.auditLog, d.device], async () => {
    const current = await currentTemplate(tier)
    const record = newRecord({ tier, version: await nextVersion(tier), body, logoAttachmentId: current.logoAttachmentId })
    await d.contractTemplates.add(record)
    await audit('contractTemplates', record.id, 'create', `${templateName(tier)} versjon ${record.version} lagret`)
    return ok(record)
  })
}


export type LogoFile = { name: string; mimeType: 'image/png' | 'image/jpeg'; bytes: Uint8Array }

/** The network's logo on both templates: a new version of each with the same text and another logo (or none). */
export async function setTemplateLogo(logo: LogoFile | null): Promise<ContractTemplate[]> {
  const d = db()
  return d.transaction('rw', [d.contractTemplates, d.attachments, d.auditLog, d.device], async () => {
    let logoId: string | null = null
    const records: ContractTemplate[] = []
    for (const tier of TIERS) {
      const current = await currentTemplate(tier)
      const record = newRecord({ tier, version: await nextVersion(tier), body: current.body, logoAttachmentId: null as string | null })
      if (logo) {
        if (!logoId) {
          const stored = newRecord({ ownerTable: 'contractTemplates', ownerId: record.id, name: logo.name, mimeType: logo.mimeType, bytes: logo.bytes })
          await d.attachments.add(stored)
          logoId = stored.id
        }
        record.logoAttachmentId = logoId
      }
      await d.contractTemplates.add(record)
      await audit('contractTemplates', record.id, 'create', logo ? `Logo «${logo.name}» lagt til i ${templateName(tier).toLowerCase()}` : `Logo fjernet fra ${templateName(tier).toLowerCase()}`)
      records.push(record)
    }
    return records
  })
}

export async function attachment(id: string | null): Promise<Attachment | undefined> {
  if (!id) return undefined
  const row = await db().attachments.get(id)
  return row && row.deletedAt === null ? row : undefined
}

/** People who may sign for the organisation: top leader first, then deputy, then the rest. */
export async function signatoryCandidates(organisationId: string): Promise<Person[]> {
  return bySignatoryRank(live(await db().people.where('organisationId').equals(organisationId).toArray()))
}

export async function signingLunches(): Promise<MeetingEvent[]> {
  const events = live(await db().events.where('kind').equals('signeringslunsj').toArray())
  return events.filter((e) => e.cancelledAt === null).sort((a, b) => b.date.localeCompare(a.date))
}

/** The commissioner named on a signing lunch, when the planner recorded one. */
export function lunchCommissioner(event: MeetingEvent | undefined): { name: string; title: string } | null {
  const lunch = event?.lunch
  return lunch?.commissionerName ? { name: lunch.commissionerName, title: lunch.commissionerTitle } : null
}

export type ContractRequest = {
  organisationId: string
  signatoryPersonId: string | null
  signatory: { name: string; title: string }
  commissioner: { name: string; title: string }
  signingDate: DateOnly
  eventId: string | null
}

function addressLines(org: Organisation): string[] {
  const { street, postalCode, postalPlace, municipality } = org.address
  // The postal address: the postal place from the postcode (Lysaker), not the municipality (Bærum).
  return [street.trim(), `${postalCode} ${postalPlace || municipality}`.trim()].filter(Boolean)
}

/** Models built between two yields to the window. */
const MODEL_SLICE = 20

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } }
/**
 * Lets the window handle input, then carries on ahead of other waiting work (`scheduler.yield`,
 * where the engine has it): a chain of `setTimeout(0)` queues behind every other task and is held
 * to 4 ms a step after five.
 */
const yieldToWindow = (): Promise<void> =>
  (globalThis as WithScheduler).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0))

/** Builds each contract's full document model from today's data (reads only). */
export async function buildContractModels(requests: ContractRequest[]): Promise<Outcome<{ models: ContractModel[]; templates: TemplateInUse[] }>> {
  const models: ContractModel[] = []
  const templates: TemplateInUse[] = []
  // The user waits for these reads after the click. Each IndexedDB request waits for those queued
  // before it, so the organisations and the templates are read together, then the logos in one:
  // two round trips for the batch, not two or three per tier one after another.
  const [orgs, stored] = await Promise.all([db().organisations.bulkGet(requests.map((r) => r.organisationId)), db().contractTemplates.toArray()])
  const tiers = [...new Set(orgs.flatMap((o) => (o ? [o.tier] : [])))]
  const inUse = tiers.map((tier) => templateInUse(stored, tier))
  const logoIds = [...new Set(inUse.flatMap((t) => (t.logoAttachmentId ? [t.logoAttachmentId] : [])))]
  const logos = new Map(logoIds.length ? (await db().attachments.bulkGet(logoIds)).flatMap((a) => (a && a.deletedAt === null ? [[a.id, a] as const] : [])) : [])
  // Each organisation's contract comes from its own tier's template.
  const byTier = new Map<Tier, { template: TemplateInUse; logo: Attachment | undefined }>(
    inUse.map((template) => [template.tier, { template, logo: template.logoAttachmentId ? logos.get(template.logoAttachmentId) : undefined }]),
  )
  for (const [i, request] of requests.entries()) {
    const org = orgs[i]
    if (!org || org.deletedAt) return notFound('Fant ikke virksomheten.')
    const { template, logo } = byTier.get(org.tier) as { template: TemplateInUse; logo: Attachment | undefined }
    templates.push(template)
    if (!isDateOnly(request.signingDate)) return refused('Signeringsdatoen er ugyldig.')
    const dateInWords = formatDateInWords(request.signingDate)
    const values = {
      'virksomhet.navn': org.name,
      'virksomhet.orgnr': formatOrgNumber(org.orgNumber),
      'virksomhet.adresse': addressLines(org).join(', '),
      'byråd.navn': request.commissioner.name,
      'byråd.tittel': request.commissioner.title,
      'signatar.navn': request.signatory.name,
      'signatar.tittel': request.signatory.title,
      dato: dateInWords,
      sted: 'Oslo',
    }
    models.push(
      contractModel.parse(
        nfc({
          title: 'Klimakontrakt',
          organisation: { name: org.name, orgNumber: org.orgNumber, addressLines: addressLines(org) },
          commissioner: request.commissioner,
          signatory: request.signatory,
          place: 'Oslo',
          dateInWords,
          body: fillTemplate(template.body, values),
          logo: logo && (logo.mimeType === 'image/png' || logo.mimeType === 'image/jpeg') ? { mimeType: logo.mimeType, bytes: logo.bytes } : null,
          templateVersion: template.version,
        }),
      ),
    )
    // A batch of 130 is checked and filled in slices, so the window answers meanwhile.
    if ((i + 1) % MODEL_SLICE === 0) await yieldToWindow()
  }
  return ok({ models, templates })
}

/**
 * What recording a batch reads: the signers (their roles on the day are kept with each contract)
 * and the tiers that have a stored template. The page reads them while main renders, so after the
 * file is saved the user waits for the writes only.
 */
export type RecordReads = { signers: (Person | undefined)[]; storedTiers: ReadonlySet<Tier> }

export async function readsForRecord(requests: ContractRequest[]): Promise<RecordReads> {
  const d = db()
  const [signers, stored] = await Promise.all([d.people.bulkGet(requests.map((r) => r.signatoryPersonId ?? '')), d.contractTemplates.toArray()])
  return { signers, storedTiers: new Set(live(stored).map(tierOf)) }
}

/** Records contracts whose PDF was saved, each with its whole document model as snapshot. */
export async function recordGenerated(requests: ContractRequest[], models: ContractModel[], templates: TemplateInUse[], reads?: RecordReads): Promise<ClimateContract[]> {
  const d = db()
  return d.transaction('rw', [d.contracts, d.contractTemplates, d.people, d.auditLog, d.device], async () => {
    const { signers, storedTiers } = reads ?? (await readsForRecord(requests))
    // A built-in text used for the first time is stored as its tier's version 1, so it re-reads as printed.
    for (const tier of new Set(templates.filter((t) => t.builtIn).map((t) => t.tier))) {
      // A tier stored before the batch stays stored; one that was not is looked at again in this transaction.
      if (storedTiers.has(tier) || (await templateVersions(tier)).length > 0) continue
      const template = templates.find((t) => t.tier === tier)!
      const stored = newRecord({ tier, version: template.version, body: template.body, logoAttachmentId: template.logoAttachmentId })
      await d.contractTemplates.add(stored)
      await audit('contractTemplates', stored.id, 'create', `Standardteksten for ${templateName(tier).toLowerCase()} tatt i bruk`)
    }
    const at = nowIso()
    const records: ClimateContract[] = []
    const entries: Parameters<typeof auditMany>[0] = []
    for (const [i, request] of requests.entries()) {
      const model = models[i]
      if (!model) continue
      const signer = request.signatoryPersonId ? signers[i] : undefined
      // The model goes in as built (buildContractModels normalised it already), not through newRecord's
      // copy: a batch of 130 snapshots walked and normalised again cost the waiting user time.
      const fields = newRecord({
        organisationId: request.organisationId,
        eventId: request.eventId,
        templateVersion: model.templateVersion,
        templateTier: templates[i]?.tier ?? 'medlem',
        generatedAt: at,
        commissionerName: model.commissioner.name,
        signedDate: null,
        signatoryPersonId: request.signatoryPersonId,
        signatoryName: model.signatory.name,
        signatoryRolesAtTime: signer && !signer.deletedAt ? [...signer.roles] : null,
        caseNumber: '',
        attachmentId: null,
      })
      const record: ClimateContract = { ...fields, snapshot: model }
      entries.push({ table: 'contracts', entityId: record.id, action: 'create', summary: `Klimakontrakt laget for ${model.organisation.name}` })
      records.push(record)
    }
    // 130 history rows in two bulk writes of the one transaction, not 260 single ones, sent together:
    // the second does not wait for the first one's answer.
    await Promise.all([d.contracts.bulkAdd(records), auditMany(entries)])
    return records
  })
}

/** Newest first. */
export async function contractHistory(organisationId: string): Promise<ClimateContract[]> {
  const rows = live(await db().contracts.where('organisationId').equals(organisationId).toArray())
  return rows.sort((a, b) => (b.generatedAt ?? b.createdAt).localeCompare(a.generatedAt ?? a.createdAt))
}

/** The stored model, exactly as it was printed; null for a contract registered without one. */
export function snapshotOf(contract: ClimateContract): ContractModel | null {
  const parsed = contractModel.safeParse(contract.snapshot)
  return parsed.success ? parsed.data : null
}

export { attachSignedCopy, mimeTypeOf, registerSignature, removeContract, restoreContract, setCaseNumber, type SignatureInput, type SignedCopyFile } from './contracts-signing-repo'


/** An organisation a batch may include: its people (leaders first) and who signs by default. */
export type BatchCandidate = { organisation: Organisation; people: Person[]; signatory: Person | null }

/**
 * Organisations a batch may include, by name. The default signatory is the top leader or the
 * deputy, never anyone else: without either it is null and the page says why.
 */
export async function batchCandidates(): Promise<BatchCandidate[]> {
  const orgs = live(await db().organisations.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  const byOrg = new Map<string, Person[]>()
  for (const person of live(await db().people.toArray())) byOrg.set(person.organisationId, [...(byOrg.get(person.organisationId) ?? []), person])
  return orgs.map((organisation) => {
    const people = bySignatoryRank(byOrg.get(organisation.id) ?? [])
    return { organisation, people, signatory: defaultSignatory(people) }
  })
}

/** Organisations invited to an event (a signing lunch) or registered for it, unless they withdrew. */
export async function organisationsAt(eventId: string): Promise<string[]> {
  const event = await db().events.get(eventId)
  const rows = live(await db().registrations.where('eventId').equals(eventId).toArray())
  const withdrawn = new Set(rows.filter((r) => r.status === 'avmeldt').map((r) => r.organisationId))
  const registered = rows.filter((r) => r.status !== 'avmeldt').map((r) => r.organisationId)
  const invited = (event?.invitedOrganisationIds ?? []).filter((id) => !withdrawn.has(id) || registered.includes(id))
  return [...new Set([...invited, ...registered])]
}
