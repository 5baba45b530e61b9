/** The fields a contract is made from, and their checks (Norwegian messages at each field). */
import { unsupportedCharacterMessage } from '../../../electron/shared/printable'
import { parseNorwegianDate } from '../../lib/dates'

export type ContractFormValues = {
  eventId: string
  date: string
  personId: string
  signatoryName: string
  signatoryTitle: string
  commissionerName: string
  commissionerTitle: string
}
export type ContractFormErrors = Partial<Record<keyof ContractFormValues, string>>

const printable = (value: string, what: string, required: boolean): string | null => {
  if (!value.trim()) return required ? `${what} må fylles ut.` : null
  if (value.length > 200) return `${what} kan ha høyst 200 tegn.`
  return unsupportedCharacterMessage(value)
}

export function contractFormErrors(values: ContractFormValues): ContractFormErrors {
  const errors: ContractFormErrors = {}
  const put = (key: keyof ContractFormValues, message: string | null) => {
    if (message) errors[key] = message
  }
  if (!values.date.trim()) put('date', 'Skriv inn signeringsdatoen (eksempel: 03.06.2027).')
  else if (!parseNorwegianDate(values.date)) put('date', 'Datoen er ugyldig. Skriv den som 03.06.2027.')
  put('signatoryName', printable(values.signatoryName, 'Navnet på den som signerer', true))
  put('signatoryTitle', printable(values.signatoryTitle, 'Tittelen', true))
  put('commissionerName', printable(values.commissionerName, 'Byrådens navn', true))
  put('commissionerTitle', printable(values.commissionerTitle, 'Byrådens tittel', true))
  return errors
}
