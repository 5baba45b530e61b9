import { describe, expect, it } from 'vitest'
import { evaluateCriteria, type CriteriaFacts, type CriteriaMember } from '../../../../../renderer/domain/criteria/evaluate'
import { CRITERION_KEYS, CRITERION_LABELS, CRITERION_STATUS_LABELS } from '../../../../../renderer/domain/criteria/labels'

// The evidence line is what the secretariat reads in the criteria panel and the CSV: each case
// pins the whole result (criterion, status and the exact sentence) for one branch of the rules.

const member: CriteriaMember = { id: 'o1', name: 'Grønn Bygg AS', tier: 'medlem', joinedDate: '2023-05-10' }
const late: CriteriaMember = { ...member, joinedDate: '2025-10-02' }
const contract = { signedDate: '2023-05-10', signatoryName: 'Per Leder', signatoryRole: 'toppleder' as const }
const noMeasures = { inApplication: false, inReport: false, inPreviousReport: false }
const notReceived = { status: 'ikke-mottatt' as const, receivedDate: null, dueDate: '2026-04-01' }

function facts(change: Partial<CriteriaFacts> = {}): CriteriaFacts {
  return {
    today: '2026-06-15',
    joinCutoff: '2025-10-01',
    contract,
    leadersRecorded: true,
    topLeaderMeetingsHeld: 1,
    leaderAttendedTopLeaderMeeting: true,
    attended: [{ title: 'Nettverksmøte vår', date: '2025-03-12' }],
    report: { status: 'mottatt', receivedDate: '2026-03-02', dueDate: '2026-04-01' },
    measures: { ...noMeasures, inReport: true },
    municipality: 'Oslo',
    allowedMunicipalities: ['Oslo', 'Bærum', 'Nordre Follo'],
    manual: {},
    ...change,
  }
}

const judge = (change: Partial<CriteriaFacts>, who = member, year = 2025) => evaluateCriteria(who, year, facts(change))

describe('the words of the criteria', () => {
  it('names the criteria and the statuses in Norwegian, in the order the screens list them', () => {
    expect(CRITERION_KEYS.map((key) => CRITERION_LABELS[key])).toEqual(['Intensjon', 'Geografisk relevans', 'Lederforankring', 'Handling', 'Rapportering', 'Deltakelse'])
    expect(CRITERION_STATUS_LABELS).toEqual({ met: 'Oppfylt', 'not-met': 'Ikke oppfylt', 'not-due': 'Ikke forfalt', 'not-applicable': 'Gjelder ikke', unknown: 'Ukjent' })
  })
})

describe('the evidence for each criterion', () => {
  it('Intensjon: the signing date, up to and including 31.12 of the year', () => {
    expect(judge({}).intent).toEqual({ key: 'intent', status: 'met', evidence: 'Klimakontrakt signert 10.05.2023.' })
    expect(judge({ contract: { ...contract, signedDate: '2025-12-31' } }).intent).toEqual({ key: 'intent', status: 'met', evidence: 'Klimakontrakt signert 31.12.2025.' })
    expect(judge({ contract: null }).intent).toEqual({ key: 'intent', status: 'not-met', evidence: 'Ingen signert klimakontrakt registrert.' })
  })

  it('Geografisk relevans: the list, trimmed on both sides, and a manual decision either way', () => {
    expect(judge({}).geography).toEqual({ key: 'geography', status: 'met', evidence: 'Oslo er på listen over kommuner i Oslo og indre Stor-Oslo.' })
    expect(judge({ municipality: 'Bærum', allowedMunicipalities: [' Bærum '] }).geography.status).toBe('met')
    expect(judge({ municipality: 'Bergen' }).geography).toEqual({ key: 'geography', status: 'not-met', evidence: 'Bergen er ikke på listen over kommuner i Oslo og indre Stor-Oslo.' })
    expect(judge({ municipality: '  ' }).geography).toEqual({ key: 'geography', status: 'unknown', evidence: 'Kommunen mangler i adressen.' })
    const yes = judge({ municipality: 'Drammen', manual: { geography: { status: 'oppfylt', note: '  Kontor på Helsfyr ' } } })
    expect(yes.geography).toEqual({ key: 'geography', status: 'met', evidence: 'Manuell vurdering: Kontor på Helsfyr' })
    const no = judge({ manual: { geography: { status: 'ikke-oppfylt', note: 'Bare postadresse i Oslo' } } })
    expect(no.geography).toEqual({ key: 'geography', status: 'not-met', evidence: 'Manuell vurdering: Bare postadresse i Oslo' })
    // "Ukjent" is no decision: the list still judges, note or not.
    expect(judge({ municipality: 'Oslo', manual: { geography: { status: 'ukjent', note: 'Spør dem' } } }).geography).toEqual({
      key: 'geography',
      status: 'met',
      evidence: 'Oslo er på listen over kommuner i Oslo og indre Stor-Oslo.',
    })
  })

  it('Lederforankring: who signed, and whether a leader came to a top-leader meeting', () => {
    expect(judge({ contract: null }).leadership).toEqual({ key: 'leadership', status: 'not-met', evidence: 'Ingen signert klimakontrakt, så ingen leder har signert.' })
    expect(judge({ contract: { ...contract, signatoryName: '', signatoryRole: 'annen' }, leadersRecorded: false }).leadership).toEqual({
      key: 'leadership',
      status: 'unknown',
      evidence: 'Kontrakten er signert av ukjent person, men toppleder eller stedfortreder er ikke registrert.',
    })
    expect(judge({ contract: { ...contract, signatoryName: 'Ola', signatoryRole: null } }).leadership.evidence).toBe(
      'Kontrakten er signert av Ola, men toppleder eller stedfortreder er ikke registrert.',
    )
    expect(judge({ contract: { ...contract, signatoryName: 'Ola Rådgiver', signatoryRole: 'annen' } }).leadership).toEqual({
      key: 'leadership',
      status: 'not-met',
      evidence: 'Kontrakten er signert av Ola Rådgiver, som ikke er toppleder eller stedfortreder.',
    })
    expect(judge({ topLeaderMeetingsHeld: 0, leaderAttendedTopLeaderMeeting: false }).leadership).toEqual({
      key: 'leadership',
      status: 'met',
      evidence: 'Kontrakten er signert av toppleder Per Leder. Ingen toppledermøter holdt i 2025.',
    })
    expect(judge({ contract: { ...contract, signatoryName: 'Siv Nestleder', signatoryRole: 'stedfortreder' }, topLeaderMeetingsHeld: 0 }).leadership.evidence).toBe(
      'Kontrakten er signert av stedfortreder Siv Nestleder. Ingen toppledermøter holdt i 2025.',
    )
    expect(judge({}).leadership).toEqual({
      key: 'leadership',
      status: 'met',
      evidence: 'Kontrakten er signert av toppleder Per Leder, og toppleder eller stedfortreder deltok på toppledermøte i 2025.',
    })
    expect(judge({ topLeaderMeetingsHeld: 2, leaderAttendedTopLeaderMeeting: false, leadersRecorded: false }).leadership).toEqual({
      key: 'leadership',
      status: 'unknown',
      evidence: 'Toppleder eller stedfortreder er ikke registrert, så deltakelse på toppledermøte i 2025 kan ikke vurderes.',
    })
    expect(judge({ topLeaderMeetingsHeld: 2, leaderAttendedTopLeaderMeeting: false }).leadership).toEqual({
      key: 'leadership',
      status: 'not-met',
      evidence: 'Verken toppleder eller stedfortreder deltok på noen av 2 toppledermøter i 2025.',
    })
  })

  it('Handling: the year’s report first, then last year’s, then the application; due with the report', () => {
    expect(judge({ measures: { inApplication: true, inReport: true, inPreviousReport: true } }).action).toEqual({
      key: 'action',
      status: 'met',
      evidence: 'Tiltak er registrert i årsrapporten for 2025.',
    })
    expect(judge({ measures: { inApplication: true, inReport: false, inPreviousReport: true } }).action).toEqual({
      key: 'action',
      status: 'met',
      evidence: 'Tiltak er registrert i årsrapporten for 2024.',
    })
    expect(judge({ measures: { ...noMeasures, inApplication: true } }).action).toEqual({ key: 'action', status: 'met', evidence: 'Tiltak er registrert fra søknaden.' })
    expect(judge({ measures: noMeasures, today: '2026-04-01', report: notReceived }).action).toEqual({
      key: 'action',
      status: 'not-due',
      evidence: 'Ingen tiltak registrert ennå; årsrapporten for 2025 har frist 01.04.2026.',
    })
    expect(judge({ measures: noMeasures, report: notReceived }).action).toEqual({
      key: 'action',
      status: 'not-met',
      evidence: 'Ingen gjennomførte eller planlagte tiltak registrert (søknad eller årsrapport for 2025).',
    })
  })

  it('Rapportering: received (approved, to follow up, or without a date), due, overdue, or not applicable', () => {
    const report = (status: CriteriaFacts['report']['status'], receivedDate: string | null, today = '2026-06-15') =>
      judge({ today, report: { status, receivedDate, dueDate: '2026-04-01' } }).reporting
    expect(report('mottatt', '2026-03-02')).toEqual({ key: 'reporting', status: 'met', evidence: 'Årsrapporten for 2025 er mottatt 02.03.2026.' })
    expect(report('mottatt', null).evidence).toBe('Årsrapporten for 2025 er mottatt.')
    expect(report('godkjent', '2026-02-01').evidence).toBe('Årsrapporten for 2025 er mottatt 01.02.2026. Godkjent.')
    expect(report('ma-folges-opp', '2026-02-01').evidence).toBe('Årsrapporten for 2025 er mottatt 01.02.2026. Må følges opp.')
    // The status decides: a date left behind after the status went back is not a received report.
    expect(report('ikke-mottatt', '2026-02-01')).toEqual({
      key: 'reporting',
      status: 'not-met',
      evidence: 'Årsrapporten for 2025 er ikke mottatt; fristen 01.04.2026 er passert.',
    })
    expect(report('ikke-mottatt', null, '2026-04-01')).toEqual({ key: 'reporting', status: 'not-due', evidence: 'Årsrapporten for 2025 har frist 01.04.2026.' })
    expect(judge({ report: notReceived }, late).reporting).toEqual({
      key: 'reporting',
      status: 'not-applicable',
      evidence: 'Ble medlem 02.10.2025, etter fristen 01.10.2025.',
    })
  })

  it('Deltakelse: the meetings in date order, one or many, until the year is over', () => {
    const two = [
      { title: 'Toppledermøte høst', date: '2025-09-01' },
      { title: 'Nettverksmøte vår', date: '2025-03-12' },
    ]
    expect(judge({ attended: two }).participation).toEqual({
      key: 'participation',
      status: 'met',
      evidence: 'Deltok på 2 møter i 2025: Nettverksmøte vår (12.03.2025), Toppledermøte høst (01.09.2025).',
    })
    expect(judge({}).participation.evidence).toBe('Deltok på 1 møte i 2025: Nettverksmøte vår (12.03.2025).')
    expect(judge({ attended: [], today: '2025-12-31' }).participation).toEqual({
      key: 'participation',
      status: 'not-due',
      evidence: 'Ingen møter ennå i 2025; året er ikke omme.',
    })
    expect(judge({ attended: [], today: '2026-01-01' }).participation).toEqual({
      key: 'participation',
      status: 'not-met',
      evidence: 'Deltok ikke på noe møte i nettverket i 2025.',
    })
    expect(judge({ attended: [] }, late).participation).toEqual({
      key: 'participation',
      status: 'not-applicable',
      evidence: 'Ble medlem 02.10.2025, etter fristen 01.10.2025.',
    })
  })
})
