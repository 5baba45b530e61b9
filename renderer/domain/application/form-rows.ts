/**
 * Rows of an application-form export as drafts: the organisation, its top leader and climate
 * contact, the tier asked for, and every answer as given. Each draft is checked with the
 * organisation's and person's one validation (printable names included); free text that the PDF
 * font cannot draw is named as a warning, since it is kept as given.
 */
import { unsupportedCharacterMessage } from '../../../electron/shared/printable'
import { normaliseOrgNumber } from '../../../electron/shared/org-number'
import { isDateOnly } from '../../lib/dates'
import { EMPLOYEE_BANDS } from '../organisation/labels'
import type { Tier } from '../organisation/types'
import { validatePerson } from '../organisation/validation'
import { orgNumberError } from '../../../electron/shared/org-number'
import { printableNameError } from '../organisation/validation'
import { emailError } from '../../lib/validation'
import { foldText } from '../../lib/text-fold'
import type { ApplicationAnswer } from './types'
import type { FormField, FormMapping } from './form-fields'
import { postalPlaceOf } from './postal'

export type PersonDraft = { name: string; title: string; email: string; phone: string }

export type ApplicationDraft = {
  /** Line in the file (the header is line 1; a cell with line breaks still counts as one row). */
  line: number
  formId: string
  startedAt: string
  submittedAt: string
  date: string
  name: string
  orgNumber: string
  street: string
  postalCode: string
  /** From the postcode dataset when it knows the code, else as the form gave it. */
  postalPlace: string
  /** From the form, or '' when the form has no municipality column (the reviewer picks it). */
  municipality: string
  employees: string
  sector: string
  tier: Tier
  certification: string
  climateAccounts: string
  measures: string
  leader: PersonDraft | null
  contact: PersonDraft | null
  answers: ApplicationAnswer[]
  /** Anything here keeps the row out of the import. */
  problems: string[]
  /** Shown, but the row can be imported. */
  warnings: string[]
}

/** "28.11.2026 14:03:12", "28.11.2026 14.03", "2026-11-28T14:03:12" or "2026-11-28 14:03" → local `YYYY-MM-DDTHH:mm[:ss]`. */
export function parseFormTime(value: string): string | null {
  const v = value.trim()
  const no = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(v)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(v)
  const parts = no ? [no[3], no[2], no[1], no[4], no[5], no[6]] : iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : null
  if (!parts) return null
  const [y, mo, d, h, mi, s] = parts
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  if (!isDateOnly(date)) return null
  if (h === undefined) return date
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null
  return `${date}T${h.padStart(2, '0')}:${mi}${s ? `:${s}` : ''}`
}

/** "42" → "10–49"; a band as written stays; anything else is kept as given. */
export function employeeBandOf(answer: string): string {
  const v = answer.trim()
  const band = EMPLOYEE_BANDS.find((b) => b.replace(/\s/g, '') === v.replace(/\s|-/g, (c) => (c === '-' ? '–' : '')))
  if (band) return band
  const n = Number(v.replace(/\s/g, ''))
  if (!Number.isInteger(n) || n < 1) return v
  return n < 10 ? '1–9' : n < 50 ? '10–49' : n < 250 ? '50–249' : n < 1000 ? '250–999' : '1000 eller flere'
}

export function tierOf(answer: string): Tier | null {
  const v = foldText(answer)
  if (v.includes('partner')) return 'partner'
  if (v.includes('medlem')) return 'medlem'
  return null
}

function personDraft(name: string, title: string, email: string, phone: string): PersonDraft | null {
  if (!name && !email) return null
  return { name: name || email, title, email, phone }
}

function personProblems(person: PersonDraft | null, role: string): string[] {
  if (!person) return []
  const errors = validatePerson({ ...person, roles: ['annen'] })
  return Object.values(errors).map((message) => `${role}: ${message}`)
}

export function buildDrafts(header: readonly string[], rows: readonly string[][], mapping: FormMapping): ApplicationDraft[] {
  const fieldOf = new Map(Object.entries(mapping).filter(([, column]) => column >= 0).map(([field, column]) => [column, field]))
  return rows.map((row, i) => {
    const get = (field: FormField) => (mapping[field] >= 0 ? (row[mapping[field]] ?? '').trim() : '')
    const problems: string[] = []
    const warnings: string[] = []
    const name = get('name').replace(/\s+/g, ' ')
    const nameProblem = printableNameError(name, 'Navnet på virksomheten', true)
    if (nameProblem) problems.push(nameProblem)
    const orgNumber = normaliseOrgNumber(get('orgNumber'))
    const numberProblem = get('orgNumber') ? orgNumberError(get('orgNumber')) : null
    if (numberProblem) problems.push(numberProblem)
    const submittedAt = parseFormTime(get('submittedAt'))
    if (!submittedAt) problems.push(get('submittedAt') ? `Fullføringstiden «${get('submittedAt')}» ser ikke ut som en dato.` : 'Fullføringstiden mangler.')
    const startedAt = parseFormTime(get('startedAt')) ?? ''
    const formId = get('formId')
    if (!formId) problems.push('Skjemaets id mangler.')
    const tier = tierOf(get('tier'))
    if (!tier && get('tier')) problems.push(`«${get('tier')}» er verken medlem eller partner.`)
    const postalCode = get('postalCode')
    if (postalCode && !/^\d{4}$/.test(postalCode)) problems.push(`Postnummeret «${postalCode}» må ha 4 sifre.`)
    const known = postalPlaceOf(postalCode)
    if (postalCode && /^\d{4}$/.test(postalCode) && !known) warnings.push(`Postnummeret ${postalCode} finnes ikke i postnummerlisten.`)
    const leader = personDraft(get('leaderName'), get('leaderTitle'), get('leaderEmail'), '')
    const contact = personDraft(get('contactName'), get('contactTitle'), get('contactEmail'), get('contactPhone'))
    problems.push(...personProblems(leader, 'Toppleder'), ...personProblems(contact, 'Klimakontakt'))
    if (leader?.email && emailError(leader.email) === null && contact?.email && leader.email.toLowerCase() === contact.email.toLowerCase() && leader.name !== contact.name)
      warnings.push('Toppleder og klimakontakt har samme e-postadresse.')
    const street = get('street')
    const streetProblem = unsupportedCharacterMessage(street)
    if (streetProblem) problems.push(`Besøksadressen: ${streetProblem}`)
    // The address goes on contracts as given: a character the font lacks is refused here, not at print time.
    const postalPlace = known ?? get('postalPlace')
    for (const [value, what] of [[postalPlace, 'Poststedet'], [get('municipality'), 'Kommunen']] as const) {
      const message = printableNameError(value, what, false)
      if (message) problems.push(`${what}: ${message}`)
    }
    for (const [field, label] of [['measures', 'Tiltak'], ['certification', 'Miljøsertifisering'], ['climateAccounts', 'Klimaregnskap']] as const) {
      // Line breaks belong in free text; only what the font cannot draw is named.
      const message = unsupportedCharacterMessage(get(field).replace(/\r?\n/g, ' '))
      if (message) warnings.push(`${label}: ${message}`)
    }
    return {
      line: i + 2,
      formId,
      startedAt,
      submittedAt: submittedAt ?? '',
      date: submittedAt ? submittedAt.slice(0, 10) : '',
      name,
      orgNumber,
      street,
      postalCode,
      postalPlace,
      municipality: get('municipality'),
      employees: employeeBandOf(get('employees')),
      sector: get('sector'),
      tier: tier ?? 'medlem',
      certification: get('certification'),
      climateAccounts: get('climateAccounts'),
      measures: get('measures'),
      leader,
      contact,
      answers: header.map((question, column) => {
        const field = fieldOf.get(column)
        return field ? { question, answer: row[column] ?? '', field } : { question, answer: row[column] ?? '' }
      }),
      problems,
      warnings,
    }
  })
}
