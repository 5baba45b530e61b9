/** Events (meetings, signing lunches) and who is registered for them. */
import type { PersonRole } from '../organisation/types'
import type { BaseRecord, DateOnly, Iso } from '../record'

export type EventKind = 'nettverksmote' | 'toppledermote' | 'partnersamling' | 'signeringslunsj' | 'annet'

export type RegistrationStatus = 'invitert' | 'pameldt' | 'avmeldt' | 'mott' | 'ikke-mott'

export type MeetingEvent = BaseRecord & {
  kind: EventKind
  title: string
  date: DateOnly
  startTime: string
  endTime: string
  place: string
  room: string
  capacity: number | null
  notes: string
  cancelledAt: Iso | null
  /** Signing lunch details; null for other kinds. */
  lunch: SigningLunch | null
  /** Organisations invited; people are registered separately. Missing on records made before it existed. */
  invitedOrganisationIds?: string[]
}

/** A host at a signing lunch (the agency's director, the secretariat); the commissioner is apart. */
export type LunchHost = { id: string; name: string; title: string }

export type SigningLunch = {
  /** From settings when the lunch is made, editable per lunch. */
  commissionerName: string
  commissionerTitle: string
  maxOrganisations: number
  maxGuestsPerOrganisation: number
  hosts: LunchHost[]
  welcomeMinutes: number
  signingMinutes: number
  speakingOrder: { organisationId: string; minutes: number }[]
  /** When "Registrer signering" was done. */
  signingRegisteredAt: Iso | null
}

export type Registration = BaseRecord & {
  eventId: string
  organisationId: string
  personId: string
  /** The person's roles at the time of registering, so later role changes keep history. */
  rolesAtTime: PersonRole[]
  status: RegistrationStatus
  checkedInAt: Iso | null
  walkIn: boolean
  /** The status before the door check-in, so a mistaken check-in is undone exactly. */
  statusBeforeCheckIn?: RegistrationStatus | null
}
