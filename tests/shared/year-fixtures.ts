/** Hand-made rows for a reporting year: organisations with their history, people, contracts, meetings. */
import type {
  ClimateContract,
  MeetingEvent,
  Organisation,
  Person,
  PersonRole,
  PipelineStatus,
  Registration,
  SigningLunch,
  StatusEvent,
} from '../../renderer/db/models'

const base = (id: string) => ({ id, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z', deletedAt: null })
const unknown = { status: 'ukjent' as const, note: '' }

export function organisation(id: string, name: string, change: Partial<Organisation> = {}): Organisation {
  return {
    ...base(id),
    name,
    orgNumber: '',
    sector: '',
    address: { street: '', postalCode: '', municipality: 'Oslo' },
    website: '',
    employeeBand: '',
    tier: 'medlem',
    partnerFee: [],
    criteria: { intent: unknown, geography: unknown, leadership: unknown, action: unknown, reporting: unknown, participation: unknown },
    expectations: { strategy: unknown, certification: unknown, emissionsAccounts: unknown, supplierRequirements: unknown },
    certification: { kind: null, validUntil: null, note: '' },
    notes: '',
    status: 'medlem',
    signedDate: null,
    ...change,
  }
}

let n = 0
export function statusEvent(organisationId: string, status: PipelineStatus, date: string): StatusEvent {
  return { ...base(`s${n++}`), organisationId, status, date, note: '' }
}

export function person(id: string, organisationId: string, name: string, roles: PersonRole[], email = ''): Person {
  return { ...base(id), organisationId, name, title: '', email, phone: '', roles }
}

export function contract(organisationId: string, signedDate: string, signatoryPersonId: string | null): ClimateContract {
  return {
    ...base(`c${n++}`),
    organisationId,
    eventId: null,
    templateVersion: 1,
    generatedAt: null,
    commissionerName: '',
    snapshot: null,
    signedDate,
    signatoryPersonId,
    signatoryName: '',
    caseNumber: '',
    attachmentId: null,
  }
}

/** A meeting; a signing lunch gets the planner's defaults, with `lunch` overriding some. */
export function meeting(id: string, kind: MeetingEvent['kind'], date: string, title = id, lunch: Partial<SigningLunch> | null = null): MeetingEvent {
  const details: SigningLunch | null =
    kind === 'signeringslunsj' || lunch
      ? {
          commissionerName: '',
          commissionerTitle: '',
          maxOrganisations: 8,
          maxGuestsPerOrganisation: 2,
          hosts: [],
          welcomeMinutes: 10,
          signingMinutes: 20,
          speakingOrder: [],
          signingRegisteredAt: null,
          ...lunch,
        }
      : null
  return { ...base(id), kind, title, date, startTime: '09:00', endTime: '11:00', place: '', room: '', capacity: null, notes: '', cancelledAt: null, lunch: details }
}

export function attended(eventId: string, organisationId: string, personId: string, roles: PersonRole[] = []): Registration {
  return { ...base(`r${n++}`), eventId, organisationId, personId, rolesAtTime: roles, status: 'mott', checkedInAt: null, walkIn: false }
}
