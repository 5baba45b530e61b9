/**
 * Climate contracts, their template versions and signatures. `registerSignature` is the one way a
 * contract becomes signed (the signing-lunch planner calls it too): it marks the contract and
 * makes the organisation a member with that date, in one transaction.
 */
import { contractModel, type ContractModel } from '../../../electron/shared/channels/contracts'
import { formatOrgNumber } from '../../../electron/shared/org-number'
import { DEFAULT_TEMPLATE, fillTemplate, templateErrors } from '../../domain/contract/template'
import { formatDateInWords, isDateOnly } from '../../lib/dates'
import { db } from '../db'
import type { Attachment, ClimateContract, ContractTemplate, DateOnly, MeetingEvent, Organisation, Person } from '../models'
import { audit, auditMany, newRecord, nfc, nowIso } from './base'
import { ContractError } from './contracts-signing-repo'

/** The template in use: the latest saved version, or the built-in default before any is saved. */
export type TemplateInUse = Pick<ContractTemplate, 'version' | 'body' | 'logoAttachmentId'> & { id: string | null; builtIn: boolean }

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null)

export async function templateVersions(): Promise<ContractTemplate[]> {
  return live(await db().contractTemplates.orderBy('version').reverse().toArray())
}

export async function currentTemplate(): Promise<TemplateInUse> {
  const [latest] = await templateVersions()
  if (latest) return { ...latest, builtIn: false }
  return { id: null, version: 1, body: DEFAULT_TEMPLATE, logoAttachmentId: null, builtIn: true }
}

async function nextVersion(): Promise<number> {
  const last = await db().contractTemplates.orderBy('version').last()
  return (last?.version ?? 0) + 1
}

/** Saves the text as a new template version; refuses unknown fields and unprintable characters. */
export async function saveTemplate(body: string): Promise<ContractTemplate> {
  const errors = templateErrors(body)
  if (errors.length) throw new ContractError(errors)
  const d = db()
  return d.transaction('rw', [d.contractTemplates, d.auditLog, d.device], async () => {
    const current = await currentTemplate()
    const record = newRecord({ version: await nextVersion(), body, logoAttachmentId: current.logoAttachmentId })
    await d.contractTemplates.add(record)
    await audit('contractTemplates', record.id, 'create', `Kontraktmal versjon ${record.version} lagret`)
    return record
  })
}

export type LogoFile = { name: string; mimeType: 'image/png' | 'image/jpeg'; bytes: Uint8Array }

/** A new template version with the same text and another logo (or none). */
export async function setTemplateLogo(logo: LogoFile | null): Promise<ContractTemplate> {
  const d = db()
  return d.transaction('rw', [d.contractTemplates, d.attachments, d.auditLog, d.device], async () => {
    const current = await currentTemplate()
    const record = newRecord({ version: await nextVersion(), body: current.body, logoAttachmentId: null as string | null })
    if (logo) {
      const stored = newRecord({ ownerTable: 'contractTemplates', ownerId: record.id, name: logo.name, mimeType: logo.mimeType, bytes: logo.bytes })
      await d.attachments.add(stored)
      record.logoAttachmentId = stored.id
    }
    await d.contractTemplates.add(record)
    await audit('contractTemplates', record.id, 'create', logo ? `Logo «${logo.name}» lagt til i kontraktmalen` : 'Logo fjernet fra kontraktmalen')
    return record
  })
}

export async function attachment(id: string | null): Promise<Attachment | undefined> {
  if (!id) return undefined
  const row = await db().attachments.get(id)
  return row && row.deletedAt === null ? row : undefined
}

/** People who may sign for the organisation: top leader first, then deputy, then the rest. */
export async function signatoryCandidates(organisationId: string): Promise<Person[]> {
  const rank = (p: Person) => (p.roles.includes('toppleder') ? 0 : p.roles.includes('stedfortreder') ? 1 : 2)
  const people = live(await db().people.where('organisationId').equals(organisationId).toArray())
  return people.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb'))
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
  const { street, postalCode, municipality } = org.address
  return [street.trim(), `${postalCode} ${municipality}`.trim()].filter(Boolean)
}

/** Builds each contract's full document model from today's data (reads only). */
export async function buildContractModels(requests: ContractRequest[]): Promise<{ models: ContractModel[]; template: TemplateInUse }> {
  const template = await currentTemplate()
  const logo = await attachment(template.logoAttachmentId)
  const models: ContractModel[] = []
  // One read for the whole batch, not one per organisation.
  const orgs = await db().organisations.bulkGet(requests.map((r) => r.organisationId))
  for (const [i, request] of requests.entries()) {
    const org = orgs[i]
    if (!org || org.deletedAt) throw new ContractError(['Fant ikke virksomheten.'])
    if (!isDateOnly(request.signingDate)) throw new ContractError(['Signeringsdatoen er ugyldig.'])
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
  }
  return { models, template }
}

/** Records contracts whose PDF was saved, each with its whole document model as snapshot. */
export async function recordGenerated(requests: ContractRequest[], models: ContractModel[], template: TemplateInUse): Promise<ClimateContract[]> {
  const d = db()
  return d.transaction('rw', [d.contracts, d.contractTemplates, d.auditLog, d.device], async () => {
    if (template.builtIn && (await d.contractTemplates.count()) === 0) {
      const stored = newRecord({ version: template.version, body: template.body, logoAttachmentId: null })
      await d.contractTemplates.add(stored)
      await audit('contractTemplates', stored.id, 'create', 'Standardmalen for klimakontrakten tatt i bruk')
    }
    const at = nowIso()
    const records: ClimateContract[] = []
    const entries: Parameters<typeof auditMany>[0] = []
    for (const [i, request] of requests.entries()) {
      const model = models[i]
      if (!model) continue
      const record = newRecord({
        organisationId: request.organisationId,
        eventId: request.eventId,
        templateVersion: model.templateVersion,
        generatedAt: at,
        commissionerName: model.commissioner.name,
        snapshot: model,
        signedDate: null,
        signatoryPersonId: request.signatoryPersonId,
        signatoryName: model.signatory.name,
        caseNumber: '',
        attachmentId: null,
      })
      entries.push({ table: 'contracts', entityId: record.id, action: 'create', summary: `Klimakontrakt laget for ${model.organisation.name}` })
      records.push(record)
    }
    // 130 history rows in two bulk writes of the one transaction, not 260 single ones.
    await d.contracts.bulkAdd(records)
    await auditMany(entries)
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

export { ContractError, attachSignedCopy, mimeTypeOf, registerSignature, removeContract, restoreContract, setCaseNumber, type SignatureInput, type SignedCopyFile } from './contracts-signing-repo'


export type BatchCandidate = { organisation: Organisation; signatory: Person | null }

/** Organisations a batch may include, by name, each with who would sign (top leader first). */
export async function batchCandidates(): Promise<BatchCandidate[]> {
  const orgs = live(await db().organisations.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  return Promise.all(orgs.map(async (organisation) => ({ organisation, signatory: (await signatoryCandidates(organisation.id))[0] ?? null })))
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
