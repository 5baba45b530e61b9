import { describe, expect, it } from 'vitest'
import { contractFormErrors, type ContractFormValues } from '../../../../../renderer/features/contracts/contract-form'

const valid: ContractFormValues = {
  eventId: '',
  date: '03.06.2027',
  personId: 'p1',
  signatoryName: 'Ánde Šošoŧ',
  signatoryTitle: 'daglig leder',
  commissionerName: 'Marit Vea',
  commissionerTitle: 'byråd for miljø og samferdsel',
}

describe('contractFormErrors', () => {
  it('accepts Sami and Polish names', () => {
    expect(contractFormErrors({ ...valid, signatoryName: 'Máret Łódź-Šimić' })).toEqual({})
  })

  it('puts a Norwegian message at each bad field', () => {
    const errors = contractFormErrors({ ...valid, date: '31.02.2027', signatoryName: ' ', commissionerName: 'Marit 🌱 Vea' })
    expect(errors.date).toBe('Datoen er ugyldig. Skriv den som 03.06.2027.')
    expect(errors.signatoryName).toBe('Navnet på den som signerer må fylles ut.')
    expect(errors.commissionerName).toContain('«🌱» (U+1F331)')
    expect(errors.signatoryTitle).toBeUndefined()
  })
})
