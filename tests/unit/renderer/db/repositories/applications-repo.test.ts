import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../../renderer/db/db'
import { setUserName } from '../../../../../renderer/db/repositories/base'
import { applicationContext, applicationsOf, decideApplications, importApplications, listApplicants } from '../../../../../renderer/db/repositories/applications-repo'
import { createOrganisation, emptyOrganisationInput } from '../../../../../renderer/db/repositories/organisations-repo'
import { addPerson, peopleOf } from '../../../../../renderer/db/repositories/people-repo'
import { ensureDefaultSectors, listSectors } from '../../../../../renderer/db/repositories/sectors-repo'
import { loadSettings } from '../../../../../renderer/db/repositories/settings-repo'
import { listCandidates } from '../../../../../renderer/db/repositories/lunches-repo'
import { erasePerson, erasureProposals } from '../../../../../renderer/db/repositories/privacy-repo'
import { statusEventsOf } from '../../../../../renderer/db/repositories/status-events-repo'
import { applicationFormImporter } from '../../../../../renderer/domain/import/application-form-importer'
import { openQuestions, type ApplicationChoices, type ApplicationPlan } from '../../../../../renderer/domain/application/plan'
import { applicationFormCsv, FORM_ROWS, LATER_ROW, orgNumber, utf8WithBom } from '../../../../fixtures/application-form'
import { freshDatabase, made } from '../../db-helpers'

async function planOf(csv: string): Promise<ApplicationPlan> {
  const raw = await applicationFormImporter.read({ name: 'soknader.csv', bytes: utf8WithBom(csv) })
  if (!raw.ok) throw new Error(raw.detail)
  const planned = applicationFormImporter.validate(applicationFormImporter.map(raw.data), await applicationContext())
  if (!planned.ok) throw new Error(planned.detail)
  return planned.data
}

/** The answers a reviewer gives in the preview: the suggested sector, "Havbruk" kept as new, Bærum for Lysaker and Sandvika. */
const answers = (over: Partial<ApplicationChoices> = {}): ApplicationChoices => ({
  skipped: new Set(),
  takeDifferences: new Set(),
  sectors: { bygg: 'Bygg og anlegg', finans: 'Finans og forsikring', havbruk: 'Havbruk' },
  municipalities: { lysaker: 'Bærum', sandvika: 'Bærum', oslo: 'Oslo', lillestrom: 'Lillestrøm', lorenskog: 'Lørenskog', nesoddtangen: 'Nesodden' },
  ...over,
})

const orgByName = async (name: string) => (await db().organisations.toArray()).find((o) => o.name === name)!

describe('importing applications from the form', () => {
  beforeEach(async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
    await ensureDefaultSectors()
  })

  it('asks for the unknown sectors, with a suggestion for a near one, and for municipalities the form does not give', async () => {
    const plan = await planOf(applicationFormCsv())
    expect(plan.sectors).toEqual([
      { answer: 'Bygg', match: { kind: 'suggestion', sector: 'Bygg og anlegg' } },
      { answer: 'Finans', match: { kind: 'suggestion', sector: 'Finans og forsikring' } },
      { answer: 'Havbruk', match: { kind: 'unknown' } },
    ].sort((a, b) => plan.sectors.findIndex((s) => s.answer === a.answer) - plan.sectors.findIndex((s) => s.answer === b.answer)))
    const places = Object.fromEntries(plan.places.map((p) => [p.place, p.proposal]))
    expect(places).toEqual({ Lysaker: null, Sandvika: null, Lillestrøm: 'Lillestrøm', Oslo: 'Oslo', Lørenskog: 'Lørenskog' })
    expect(openQuestions(plan, answers({ sectors: {} }))).toContain('Velg bransje for «Havbruk».')
    // What the reviewer types is printed too (the municipality in the address, a new sector on lists): checked before import.
    expect(openQuestions(plan, answers({ sectors: { ...answers().sectors, havbruk: 'Havbruk 🐟' }, municipalities: { ...answers().municipalities, lysaker: 'Bærum 🌱' } }))).toEqual([
      'Bransjen «Havbruk»: Tegnet «🐟» (U+1F41F) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.',
      'Kommunen for poststedet Lysaker: Tegnet «🌱» (U+1F331) kan ikke skrives ut i kontrakter og bordkort. Bytt det ut eller fjern det.',
    ])
    expect(openQuestions(plan, answers())).toEqual([])
    const refused = await importApplications(plan, answers({ municipalities: {} }), 'soknader.csv')
    expect(refused).toMatchObject({ ok: false, error: 'invalid-data' })
    expect(await db().organisations.count()).toBe(0)
  })

  it('makes each row an applicant with its top leader and climate contact, the tier asked for, and the application as given', async () => {
    const result = await importApplications(await planOf(applicationFormCsv()), answers(), 'soknader.csv')
    expect(result).toEqual({ ok: true, data: { created: 5, added: 1, updated: 0 } })
    const lysaker = await orgByName('Solstrand Eiendom AS')
    expect(lysaker.status).toBe('soker')
    expect(lysaker.address).toEqual({ street: 'Lysaker torg 5', postalCode: '1366', postalPlace: 'Lysaker', municipality: 'Bærum' })
    expect(lysaker.employeeBand).toBe('10–49')
    expect(lysaker.certification.kind).toBe('miljofyrtarn')
    const people = await peopleOf(lysaker.id)
    expect(people.map((p) => [p.name, p.title, p.email, p.roles])).toEqual(
      expect.arrayContaining([
        ['Kari Solberg', 'Administrerende direktør', 'kari.solberg@solstrand.no', ['toppleder']],
        ['Ola Hansen', 'Bærekraftsansvarlig', 'ola.hansen@solstrand.no', ['klimakontakt']],
      ]),
    )
    const [application] = await applicationsOf(lysaker.id)
    expect(application).toMatchObject({ formId: '101', date: '2026-11-03', submittedAt: '2026-11-03T09:14:22', tier: 'medlem' })
    expect(application?.answers).toHaveLength(21)
    expect((await statusEventsOf(lysaker.id)).map((e) => [e.status, e.date])).toEqual([['soker', '2026-11-03']])
    expect((await orgByName('Sandvika Bygg og Anlegg AS')).tier).toBe('partner')
    expect((await orgByName('Sandvika Bygg og Anlegg AS')).sector).toBe('Bygg og anlegg')
    expect(await listSectors()).toContain('Havbruk')
    expect(await listSectors()).not.toContain('Finans')
    expect((await loadSettings()).postalPlaceMunicipalities).toMatchObject({ lysaker: 'Bærum', sandvika: 'Bærum' })
  })

  it('keeps an organisation that applied twice as one record with two applications, and one person in both roles once', async () => {
    await importApplications(await planOf(applicationFormCsv()), answers(), 'soknader.csv')
    const orgs = (await db().organisations.toArray()).filter((o) => o.orgNumber === orgNumber('94567893'))
    expect(orgs).toHaveLength(1)
    const apps = await applicationsOf(orgs[0]!.id)
    expect(apps.map((a) => a.formId)).toEqual(['107', '100'])
    const people = await peopleOf(orgs[0]!.id)
    expect(people.map((p) => [p.name, p.roles])).toEqual(
      expect.arrayContaining([
        ['Ali Khan', ['toppleder', 'klimakontakt']],
        ['Mari Lund', ['klimakontakt']],
      ]),
    )
    expect(people).toHaveLength(2)
    expect((await statusEventsOf(orgs[0]!.id)).map((e) => e.date)).toEqual(['2026-11-01'])
  })

  it('adds only the new applications from a later, overlapping export', async () => {
    await importApplications(await planOf(applicationFormCsv()), answers(), 'soknader.csv')
    const before = await db().organisations.count()
    const plan = await planOf(applicationFormCsv({ rows: [...FORM_ROWS.slice(2), LATER_ROW] }))
    expect(plan.rows.filter((r) => r.action === 'already-imported')).toHaveLength(FORM_ROWS.length - 2)
    const result = await importApplications(plan, answers(), 'soknader-2.csv')
    expect(result).toEqual({ ok: true, data: { created: 1, added: 0, updated: 0 } })
    expect(await db().organisations.count()).toBe(before + 1)
    expect(await db().applications.count()).toBe(FORM_ROWS.length + 1)
  })

  it('offers a known organisation as an update with field differences, and overwrites nothing unless asked', async () => {
    const existing = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'SOLSTRAND EIENDOM', orgNumber: '', address: { street: 'Gamleveien 1', postalCode: '1366', municipality: 'Bærum' } }))
    await addPerson(existing.id, { name: 'Kari Solberg', title: 'Direktør', email: 'Kari.Solberg@solstrand.no', phone: '', roles: ['klimakontakt'] })
    const plan = await planOf(applicationFormCsv({ rows: FORM_ROWS.slice(0, 1) }))
    const row = plan.rows[0]!
    expect(row.action).toBe('update')
    if (row.action !== 'update') return
    expect(row.by).toBe('name')
    expect(row.differences.map((d) => [d.label, d.current, d.incoming])).toEqual(
      expect.arrayContaining([
        ['Navn', 'SOLSTRAND EIENDOM', 'Solstrand Eiendom AS'],
        ['Besøksadresse', 'Gamleveien 1', 'Lysaker torg 5'],
      ]),
    )
    expect(row.people[0]?.differences.map((d) => [d.label, d.current, d.incoming])).toEqual([['Tittel', 'Direktør', 'Administrerende direktør']])

    expect(await importApplications(plan, answers(), 'soknader.csv')).toEqual({ ok: true, data: { created: 0, added: 1, updated: 0 } })
    expect(await db().organisations.count()).toBe(1)
    const kept = await orgByName('SOLSTRAND EIENDOM')
    expect(kept.address.street).toBe('Gamleveien 1')
    const people = await peopleOf(existing.id)
    expect(people.find((p) => p.email === 'Kari.Solberg@solstrand.no')).toMatchObject({ title: 'Direktør', roles: ['klimakontakt', 'toppleder'] })
    expect(await applicationsOf(existing.id)).toHaveLength(1)
  })

  it('takes the differences over when the user ticks it', async () => {
    const existing = await made(createOrganisation({ ...emptyOrganisationInput(), name: 'Solstrand Eiendom AS', orgNumber: orgNumber('91234560') }))
    const plan = await planOf(applicationFormCsv({ rows: FORM_ROWS.slice(0, 1) }))
    expect(await importApplications(plan, answers({ takeDifferences: new Set([2]) }), 'soknader.csv')).toEqual({ ok: true, data: { created: 0, added: 1, updated: 1 } })
    const after = await db().organisations.get(existing.id)
    expect(after?.address).toMatchObject({ street: 'Lysaker torg 5', postalPlace: 'Lysaker', municipality: 'Bærum' })
  })
})

describe('the review queue', () => {
  beforeEach(async () => {
    await freshDatabase()
    await setUserName('Kari Nordmann')
    await ensureDefaultSectors()
    await importApplications(await planOf(applicationFormCsv()), answers(), 'soknader.csv')
  })

  it('lists applicants oldest application first', async () => {
    expect((await listApplicants()).map((a) => a.organisation.name)).toEqual([
      'Grønn Logistikk AS',
      'Solstrand Eiendom AS',
      'Sandvika Bygg og Anlegg AS',
      'Romerike Sparebank',
      'Lørenskog Havbruk AS',
    ])
  })

  it('approves several at once as dated status events, and refuses a rejection without a reason', async () => {
    const [a, b] = await listApplicants()
    expect(await decideApplications([a!.organisation.id, b!.organisation.id], 'godkjent', '2026-11-28', 'Oppfyller kriteriene')).toEqual({ ok: true, data: 2 })
    expect((await statusEventsOf(a!.organisation.id)).at(-1)).toMatchObject({ status: 'godkjent', date: '2026-11-28', note: 'Oppfyller kriteriene' })
    expect((await db().organisations.get(b!.organisation.id))?.status).toBe('godkjent')
    expect((await listApplicants()).map((x) => x.organisation.id)).not.toContain(a!.organisation.id)
    const [c] = await listApplicants()
    expect(await decideApplications([c!.organisation.id], 'avslatt', '2026-11-28', ' ')).toMatchObject({ ok: false, error: 'invalid-data' })
    expect((await db().organisations.get(c!.organisation.id))?.status).toBe('soker')
  })

  it('makes an approved applicant a lunch candidate at once, dated by its application, with both people there to invite', async () => {
    const sandvika = (await listApplicants()).find((a) => a.organisation.name === 'Sandvika Bygg og Anlegg AS')!
    await decideApplications([sandvika.organisation.id], 'godkjent', '2026-11-28', '')
    const candidates = await listCandidates()
    expect(candidates.map((c) => [c.organisation.name, c.appliedOn])).toEqual([['Sandvika Bygg og Anlegg AS', '2026-11-05']])
    expect((await peopleOf(sandvika.organisation.id)).map((p) => p.roles)).toEqual(expect.arrayContaining([['toppleder'], ['klimakontakt']]))
  })

  it('proposes erasing a rejected applicant’s people after the retention time, and erasing one clears the answers naming them', async () => {
    const romerike = (await listApplicants()).find((a) => a.organisation.name === 'Romerike Sparebank')!
    await decideApplications([romerike.organisation.id], 'avslatt', '2026-11-28', 'Utenfor nettverkets område')
    expect(await erasureProposals(3, '2029-11-27')).toEqual([])
    const proposals = await erasureProposals(3, '2029-11-28')
    expect(proposals.map((p) => [p.person.name, p.leftOn, p.rejected]).sort()).toEqual([
      ['Jonas Dahl', '2026-11-28', true],
      ['Nina Berg', '2026-11-28', true],
    ])
    const nina = proposals.find((p) => p.person.name === 'Nina Berg')!.person
    await erasePerson(nina.id)
    const [application] = await applicationsOf(romerike.organisation.id)
    const text = JSON.stringify(application)
    expect(text).not.toContain('Nina Berg')
    expect(text).not.toContain('nina.berg@')
    expect(text).toContain('Jonas Dahl')
  })
})

