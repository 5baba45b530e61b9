/**
 * Field checks for organisations and people. Pure: the editor shows the messages at the fields,
 * and the repositories run the same checks so nothing invalid is ever saved half-way.
 */
import { unsupportedCharacterMessage } from '../../../electron/shared/printable'
import type { Organisation, Person } from './types'
import { orgNumberError } from '../../../electron/shared/org-number'
import { emailError, phoneError, requiredError } from '../../lib/validation'

export type OrganisationInput = Pick<
  Organisation,
  | 'name'
  | 'orgNumber'
  | 'sector'
  | 'address'
  | 'website'
  | 'employeeBand'
  | 'tier'
  | 'partnerFee'
  | 'criteria'
  | 'expectations'
  | 'certification'
  | 'notes'
>
export type PersonInput = Pick<Person, 'name' | 'title' | 'email' | 'phone' | 'roles'>

/** Field path (`name`, `address.postalCode`, `partnerFee.0.amount`) → Norwegian message. */
export type FieldErrors = Record<string, string>

/** A name or title that goes on contracts and place cards: only characters the PDF font has. */
export function printableNameError(value: string, what: string, required: boolean): string | null {
  if (required) {
    const missing = requiredError(value, what)
    if (missing) return missing
  }
  if (value.length > 200) return `${what} kan ha høyst 200 tegn.`
  return unsupportedCharacterMessage(value)
}

/*
 * The name rules of each entity, one function each, shared by every way a record comes in: the
 * editor (below), a backup file (backup/row-schemas) and a spreadsheet (backup/spreadsheet/candidates).
 * So a name the PDF font cannot draw is refused where it enters, not later when a contract is made.
 */
export const organisationNameError = (name: string): string | null => printableNameError(name, 'Navn', true)
export const personNameError = (name: string): string | null => printableNameError(name, 'Navn', true)
export const personTitleError = (title: string): string | null => printableNameError(title, 'Tittel', false)
export const sectorNameError = (name: string): string | null => printableNameError(name, 'Bransje', true)

const WEBSITE = /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(:\d+)?(\/\S*)?$/iu

export function validateOrganisation(input: OrganisationInput): FieldErrors {
  const errors: FieldErrors = {}
  const put = (key: string, message: string | null) => {
    if (message) errors[key] = message
  }
  put('name', organisationNameError(input.name))
  put('orgNumber', orgNumberError(input.orgNumber))
  const postal = input.address.postalCode.trim()
  if (postal && !/^\d{4}$/.test(postal)) put('address.postalCode', 'Postnummeret må ha 4 sifre (eksempel: 0150).')
  const site = input.website.trim()
  if (site && !WEBSITE.test(site)) put('website', 'Nettstedet ser ikke riktig ut (eksempel: www.firma.no).')
  const years = new Set<number>()
  input.partnerFee.forEach((fee, i) => {
    if (!Number.isInteger(fee.year) || fee.year < 2000 || fee.year > 2100) put(`partnerFee.${i}.year`, 'Skriv et årstall (eksempel: 2026).')
    else if (years.has(fee.year)) put(`partnerFee.${i}.year`, `Året ${fee.year} står allerede i listen.`)
    years.add(fee.year)
    if (!Number.isFinite(fee.amount) || fee.amount < 0) put(`partnerFee.${i}.amount`, 'Beløpet må være et tall, 0 eller mer.')
  })
  return errors
}

export function validatePerson(input: PersonInput): FieldErrors {
  const errors: FieldErrors = {}
  const put = (key: string, message: string | null) => {
    if (message) errors[key] = message
  }
  put('name', personNameError(input.name))
  put('title', personTitleError(input.title))
  put('email', emailError(input.email))
  put('phone', phoneError(input.phone))
  if (input.roles.length === 0) put('roles', 'Velg minst én rolle.')
  return errors
}
