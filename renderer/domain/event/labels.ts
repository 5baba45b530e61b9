/** The words of events: their kinds and the statuses of a registration. */
import type { EventKind, RegistrationStatus } from './types'

/** An event's kind as the event form, the lists and the event page name it. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  nettverksmote: 'Nettverksmøte',
  toppledermote: 'Toppledermøte',
  partnersamling: 'Partnersamling',
  signeringslunsj: 'Signeringslunsj',
  annet: 'Annet arrangement',
}

export const EVENT_KINDS = Object.keys(EVENT_KIND_LABELS) as EventKind[]

/** After an event's title, in brackets (Oversikt): there "annet" reads as plain "Arrangement". */
export const eventKindAfterTitle = (kind: EventKind): string => (kind === 'annet' ? 'Arrangement' : EVENT_KIND_LABELS[kind])

/** In the attendance spreadsheet (Data → CSV): the one-word "Annet". */
export const eventKindInSpreadsheet = (kind: EventKind): string => (kind === 'annet' ? 'Annet' : EVENT_KIND_LABELS[kind])

/** A person's registration for an event: invited, signed up, withdrawn, arrived, did not come. */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  invitert: 'Invitert',
  pameldt: 'Påmeldt',
  avmeldt: 'Avmeldt',
  mott: 'Møtt',
  'ikke-mott': 'Ikke møtt',
}

export const REGISTRATION_STATUSES = Object.keys(REGISTRATION_STATUS_LABELS) as RegistrationStatus[]
