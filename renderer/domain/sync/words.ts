/**
 * A sync conflict in words (issue 16): which record, which field, both values, who and when, so
 * the secretariat can decide without reading an id or a timestamp.
 */
import type { JsonValue } from '../../../electron/shared/sync-message'
import { PIPELINE_STATUS_LABELS, TIER_LABELS } from '../organisation/labels'
import { decodeValue } from './fields'

/** What one row of a table is called, with its article ("virksomheten"). */
export const TABLE_WORDS: Readonly<Record<string, string>> = {
  organisations: 'Virksomheten',
  people: 'Personen',
  statusEvents: 'Statushendelsen',
  sectors: 'Bransjen',
  events: 'Arrangementet',
  registrations: 'Påmeldingen',
  seatingPlans: 'Bordplanen',
  annualReports: 'Årsrapporten',
  contracts: 'Klimakontrakten',
  contractTemplates: 'Kontraktmalen',
  attachments: 'Vedlegget',
  settings: 'Innstillingene',
}

export const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'Navn',
  orgNumber: 'Organisasjonsnummer',
  sector: 'Bransje',
  address: 'Adresse',
  website: 'Nettsted',
  employeeBand: 'Antall ansatte',
  tier: 'Nivå',
  notes: 'Notater',
  note: 'Notat',
  status: 'Status',
  signedDate: 'Signert',
  title: 'Tittel',
  email: 'E-post',
  phone: 'Telefon',
  roles: 'Roller',
  date: 'Dato',
  place: 'Sted',
  room: 'Rom',
  capacity: 'Kapasitet',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  deletedAt: 'I papirkurven',
  caseNumber: 'Saksnummer',
  receivedDate: 'Mottatt',
  commissionerName: 'Byrådens navn',
  commissionerTitle: 'Byrådens tittel',
  secretariatName: 'Sekretariatets navn',
  secretariatEmail: 'Sekretariatets e-post',
  secretariatPhone: 'Sekretariatets telefon',
}

export const fieldWord = (field: string): string => FIELD_WORDS[field] ?? `Feltet «${field}»`
export const tableWord = (table: string): string => TABLE_WORDS[table] ?? `En rad i «${table}»`

/** A value as the secretariat would say it: text in «», nothing as "(tomt)", an address on one line. */
export function valueInWords(field: string, value: JsonValue): string {
  const v = decodeValue(value)
  if (v === undefined || v === null || v === '') return '(tomt)'
  if (field === 'deletedAt') return typeof v === 'string' ? 'ja' : 'nei'
  if (typeof v === 'boolean') return v ? 'ja' : 'nei'
  if (field === 'status' && typeof v === 'string' && v in PIPELINE_STATUS_LABELS) return PIPELINE_STATUS_LABELS[v as keyof typeof PIPELINE_STATUS_LABELS]
  if (field === 'tier' && typeof v === 'string' && v in TIER_LABELS) return TIER_LABELS[v as keyof typeof TIER_LABELS]
  if (typeof v === 'string' || typeof v === 'number') return `«${v}»`
  if (field === 'address' && typeof v === 'object') {
    const a = v as { street?: string; postalCode?: string; municipality?: string }
    const text = [a.street, [a.postalCode, a.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    return text ? `«${text}»` : '(tomt)'
  }
  const text = JSON.stringify(v)
  return `«${text.length > 80 ? `${text.slice(0, 77)}…` : text}»`
}

/** The wall-clock time of an HLC stamp (its first 24 characters are an ISO time). */
export const stampTime = (ts: string): string => ts.slice(0, 24)
