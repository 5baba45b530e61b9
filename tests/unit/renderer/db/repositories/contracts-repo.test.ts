import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import type { Organisation } from '../../../../../renderer/db/models'
import { historyOf, newRecord } from '../../../../../renderer/db/repositories/base'
import {
  attachSignedCopy,
  buildContractModels,
  contractHistory,
  currentTemplate,
  readsForRecord,
  recordGenerated,
  registerSignature,
  removeContract,
  restoreContract,
  saveTemplate,
  signingLunches,
  lunchCommissioner,
  organisationsAt,
  setCaseNumber,
  setTemplateLogo,
  snapshotOf,
  templateVersions,
} from '../../../../../renderer/db/repositories/contracts-repo'
import { addPerson, emptyPersonInput } from '../../../../../renderer/db/repositories/people-repo'
import { contractRequest } from '../../contract-request'
import { freshDatabase, made } from '../../db-helpers'

const assessment = { status: 'ukjent' as const, note: '' }

async function addOrganisation(name: string, fields: Partial<Organisation> = {}): Promise<Organisation> {
  const org = newRecord({
    name,
    orgNumber: '923609016',
    sector: '',
    address: { street: 'Storgata 1', postalCode: '0155', municipality: 'Oslo' },
    website: '',
    employeeBand: '',
    tier: 'medlem' as const,
    partnerFee: [],
    criteria: { intent: assessment, geography: assessment, leadership: assessment, action: assessment, reporting: assessment, participation: assessment },
    expectations: { strategy: assessment, certification: assessment, emissionsAccounts: assessment, supplierRequirements: assessment },
    certification: { kind: null, validUntil: null, note: '' },
    notes: '',
    status: 'invitert' as const,
    signedDate: null,
    ...fields,
  })
  await db().organisations.add(org)
  return org
}

const request = (organisationId: string) => contractRequest(organisationId, { name: 'Ánde Šošoŧ', title: 'daglig leder' })

describe('contract templates', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('uses the built-in default until a version is saved, then numbers each save', async () => {
    expect(await currentTemplate()).toMatchObject({ builtIn: true, version: 1 })
    await made(saveTemplate('# Første\nTekst for {{virksomhet.navn}}.'))
    await made(saveTemplate('# Andre\nTekst.'))
    expect((await templateVersions()).map((t) => t.version)).toEqual([2, 1])
    expect(await currentTemplate()).toMatchObject({ builtIn: false, version: 2, body: '# Andre\nTekst.' })
  })

  it('puts a logo in a new version, used by new contracts, and removes it again in another', async () => {
    const org = await addOrganisation('Ølberg AS')
    await made(saveTemplate('Tekst.'))
    const png = new Uint8Array([137, 80, 78, 71])
    await setTemplateLogo({ name: 'oslo.png', mimeType: 'image/png', bytes: png })
    expect(await currentTemplate()).toMatchObject({ version: 2, body: 'Tekst.' })
    expect((await made(buildContractModels([request(org.id)]))).models[0]?.logo).toEqual({ mimeType: 'image/png', bytes: png })
    await setTemplateLogo(null)
    expect(await currentTemplate()).toMatchObject({ version: 3, logoAttachmentId: null })
    expect((await made(buildContractModels([request(org.id)]))).models[0]?.logo).toBeNull()
  })

  it('refuses to save a template with an unknown field and keeps the old one', async () => {
    await made(saveTemplate('Gammel {{virksomhet.navn}}'))
    expect(await saveTemplate('Ny {{virksomhet.telefon}}')).toMatchObject({ ok: false, message: expect.stringContaining('Ukjent felt: {{virksomhet.telefon}}') })
    expect((await currentTemplate()).body).toBe('Gammel {{virksomhet.navn}}')
  })
})

describe('contracts', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('fills the model from the organisation and stores it as a snapshot that survives later edits', async () => {
    const org = await addOrganisation('Ølberg AS')
    await made(saveTemplate('Avtale med {{virksomhet.navn}} ({{virksomhet.orgnr}}), {{sted}} {{dato}}.'))
    const { models, templates: template } = await made(buildContractModels([request(org.id)]))
    expect(models[0]).toMatchObject({
      organisation: { name: 'Ølberg AS', orgNumber: '923609016', addressLines: ['Storgata 1', '0155 Oslo'] },
      dateInWords: '3. juni 2027',
      templateVersion: 1,
      body: [{ kind: 'paragraph', text: 'Avtale med Ølberg AS (923 609 016), Oslo 3. juni 2027.' }],
    })
    const [contract] = await recordGenerated([request(org.id)], models, template)
    await made(saveTemplate('Helt ny tekst.'))
    await db().organisations.update(org.id, { name: 'Nytt Navn AS' })
    const [stored] = await contractHistory(org.id)
    expect(stored?.id).toBe(contract?.id)
    expect(snapshotOf(stored!)).toEqual(models[0])
    expect(stored).toMatchObject({ templateVersion: 1, commissionerName: 'Marit Vea', signatoryName: 'Ánde Šošoŧ', signedDate: null })
  })

  it('stores the built-in default as version 1 the first time it is used', async () => {
    const org = await addOrganisation('Ølberg AS')
    const { models, templates: template } = await made(buildContractModels([request(org.id)]))
    await recordGenerated([request(org.id)], models, template)
    expect((await templateVersions()).map((t) => [t.version, t.body === template[0]!.body])).toEqual([[1, true]])
  })

  it('records the same from reads made while main renders: the signer’s roles of the day, and the built-in text stored once', async () => {
    const org = await addOrganisation('Ølberg AS')
    const signer = await made(addPerson(org.id, { ...emptyPersonInput(), name: 'Ånund Berg', roles: ['toppleder'] }))
    const requests = [{ ...request(org.id), signatoryPersonId: signer.id }]
    const { models, templates } = await made(buildContractModels(requests))
    const reads = await readsForRecord(requests)
    const [contract] = await recordGenerated(requests, models, templates, reads)
    expect(contract?.signatoryRolesAtTime).toEqual(['toppleder'])
    expect((await templateVersions()).map((t) => t.version)).toEqual([1])
    // A second batch read before the first was recorded still stores the built-in text only once.
    await recordGenerated(requests, models, templates, reads)
    expect((await templateVersions()).map((t) => t.version)).toEqual([1])
  })

  it('registers a signature: contract signed, organisation a member from that date, all audited', async () => {
    const org = await addOrganisation('Ølberg AS')
    const { models, templates: template } = await made(buildContractModels([request(org.id)]))
    const [contract] = await recordGenerated([request(org.id)], models, template)
    await made(registerSignature({ organisationId: org.id, signedDate: '2027-06-03', signatoryPersonId: null, signatoryName: 'Ánde Šošoŧ', eventId: 'lunsj-1' }))
    const [signed] = await contractHistory(org.id)
    expect(signed).toMatchObject({ id: contract!.id, signedDate: '2027-06-03', signatoryName: 'Ánde Šošoŧ', eventId: 'lunsj-1' })
    expect(await db().organisations.get(org.id)).toMatchObject({ status: 'medlem', signedDate: '2027-06-03' })
    const events = await db().statusEvents.where('organisationId').equals(org.id).toArray()
    expect(events.map((e) => [e.status, e.date])).toEqual([['medlem', '2027-06-03']])
    expect((await historyOf('organisations', org.id)).map((e) => e.summary)).toContain('Status satt til medlem fra 03.06.2027')
    expect((await historyOf('contracts', contract!.id)).map((e) => e.summary)).toContain('Klimakontrakt signert 2027-06-03')
  })

  it('registers a signature for an organisation without a generated contract (the signing-lunch planner)', async () => {
    const org = await addOrganisation('Ølberg AS')
    const contract = await made(registerSignature({ organisationId: org.id, signedDate: '2027-06-03', signatoryPersonId: null, signatoryName: 'Kari' }))
    expect(contract).toMatchObject({ snapshot: null, signedDate: '2027-06-03' })
    expect((await db().organisations.get(org.id))?.status).toBe('medlem')
  })

  it('saves nothing when the signature is refused', async () => {
    const org = await addOrganisation('Ølberg AS')
    expect(await registerSignature({ organisationId: org.id, signedDate: '2027-02-30', signatoryPersonId: null, signatoryName: 'Kari' })).toMatchObject({ ok: false, error: 'refused' })
    expect(await registerSignature({ organisationId: 'ukjent', signedDate: '2027-06-03', signatoryPersonId: null, signatoryName: 'Kari' })).toMatchObject({ ok: false, message: 'Fant ikke virksomheten.' })
    expect(await db().statusEvents.count()).toBe(0)
    expect(await db().contracts.count()).toBe(0)
    expect((await db().organisations.get(org.id))?.status).toBe('invitert')
  })

  it('keeps the case number and the scanned signed copy with the contract', async () => {
    const org = await addOrganisation('Ølberg AS')
    const contract = await made(registerSignature({ organisationId: org.id, signedDate: '2027-06-03', signatoryPersonId: null, signatoryName: 'Kari' }))
    await made(setCaseNumber(contract.id, ' 27/01234-5 '))
    const first = await made(attachSignedCopy(contract.id, { name: 'skann.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }))
    const second = await made(attachSignedCopy(contract.id, { name: 'skann2.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([255, 216]) }))
    const [stored] = await contractHistory(org.id)
    expect(stored).toMatchObject({ caseNumber: '27/01234-5', attachmentId: second.attachmentId })
    expect((await db().attachments.get(second.attachmentId!))?.bytes).toEqual(new Uint8Array([255, 216]))
    expect((await db().attachments.get(first.attachmentId!))?.deletedAt).not.toBeNull()
    expect(await attachSignedCopy(contract.id, { name: 'a.docx', mimeType: 'application/msword', bytes: new Uint8Array(1) })).toMatchObject({ ok: false, message: expect.stringContaining('PDF, PNG eller JPEG') })
  })

  it('removes an unsigned contract made by mistake, can undo it, and never removes a signed one', async () => {
    const org = await addOrganisation('Ølberg AS')
    const { models, templates: template } = await made(buildContractModels([request(org.id)]))
    const [contract] = await recordGenerated([request(org.id)], models, template)
    await made(removeContract(contract!.id))
    expect(await contractHistory(org.id)).toEqual([])
    await made(restoreContract(contract!.id))
    expect((await contractHistory(org.id)).map((c) => c.id)).toEqual([contract!.id])
    await made(registerSignature({ organisationId: org.id, signedDate: '2027-06-03', signatoryPersonId: null, signatoryName: 'Kari' }))
    expect(await removeContract(contract!.id)).toMatchObject({ ok: false, message: 'En signert kontrakt kan ikke fjernes.' })
  })

  it('offers the organisations invited to or registered for a signing lunch (not those who withdrew), and its commissioner', async () => {
    const [a, b, c, d] = [await addOrganisation('A AS'), await addOrganisation('B AS'), await addOrganisation('C AS'), await addOrganisation('D AS')]
    const lunch = newRecord({
      kind: 'signeringslunsj' as const, title: 'Signeringslunsj juni', date: '2027-06-03', startTime: '12:00', endTime: '13:30',
      place: 'Oslo rådhus', room: '', capacity: 8, notes: '', cancelledAt: null,
      lunch: {
        commissionerName: 'Marit Vea', commissionerTitle: 'byråd for miljø og samferdsel', maxOrganisations: 6, maxGuestsPerOrganisation: 2,
        hosts: [], welcomeMinutes: 10, signingMinutes: 20, speakingOrder: [], signingRegisteredAt: null,
      },
      invitedOrganisationIds: [a.id, d.id],
    })
    const cancelled = newRecord({ ...lunch, title: 'Avlyst', cancelledAt: '2027-05-01T10:00:00.000Z' })
    await db().events.bulkAdd([lunch, cancelled])
    const registration = (organisationId: string, status: 'invitert' | 'avmeldt') =>
      newRecord({ eventId: lunch.id, organisationId, personId: `${organisationId}-p`, rolesAtTime: ['toppleder' as const], status, checkedInAt: null, walkIn: false })
    await db().registrations.bulkAdd([registration(a.id, 'invitert'), registration(b.id, 'avmeldt'), registration(c.id, 'invitert')])
    expect((await signingLunches()).map((l) => l.title)).toEqual(['Signeringslunsj juni'])
    expect(lunchCommissioner(lunch)).toEqual({ name: 'Marit Vea', title: 'byråd for miljø og samferdsel' })
    expect((await organisationsAt(lunch.id)).sort()).toEqual([a.id, c.id, d.id].sort())
  })
})
