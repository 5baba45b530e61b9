import { todayInOslo } from '../../../lib/dates'
import type { FieldErrors } from '../../../domain/organisation/validation'
import type { FeeText } from './form-model'

type Props = { fees: FeeText[]; errors: FieldErrors; onChange: (fees: FeeText[]) => void }

/** Partnerkontingent per year: amount, whether it is invoiced (fakturert) and paid; a paid fee was invoiced. */
export function PartnerFees({ fees, errors, onChange }: Props) {
  const set = (i: number, change: Partial<FeeText>) => onChange(fees.map((f, j) => (j === i ? { ...f, ...change } : f)))
  const nextYear = () => {
    const years = fees.map((f) => Number(f.year)).filter(Number.isFinite)
    return String(years.length ? Math.max(...years) + 1 : Number(todayInOslo().slice(0, 4)))
  }
  return (
    <fieldset className="partner-fees">
      <legend>Partnerkontingent</legend>
      {fees.length === 0 && <p className="field-hint">Ingen år registrert.</p>}
      {fees.map((fee, i) => {
        const yearError = errors[`partnerFee.${i}.year`]
        const amountError = errors[`partnerFee.${i}.amount`]
        return (
          <div key={i} className="fee-row" role="group" aria-label={`Kontingent ${fee.year || 'nytt år'}`}>
            <div className={`field${yearError ? ' field-invalid' : ''}`}>
              <label htmlFor={`fee-year-${i}`}>År</label>
              <input id={`fee-year-${i}`} inputMode="numeric" value={fee.year} aria-invalid={yearError ? true : undefined} aria-describedby={yearError ? `fee-year-${i}-error` : undefined} onChange={(e) => set(i, { year: e.target.value })} />
              {yearError && <p id={`fee-year-${i}-error`} className="field-error">{yearError}</p>}
            </div>
            <div className={`field${amountError ? ' field-invalid' : ''}`}>
              <label htmlFor={`fee-amount-${i}`}>Beløp (kr)</label>
              <input id={`fee-amount-${i}`} inputMode="decimal" value={fee.amount} aria-invalid={amountError ? true : undefined} aria-describedby={amountError ? `fee-amount-${i}-error` : undefined} onChange={(e) => set(i, { amount: e.target.value })} />
              {amountError && <p id={`fee-amount-${i}-error`} className="field-error">{amountError}</p>}
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={fee.invoiced || fee.paid} disabled={fee.paid} onChange={(e) => set(i, { invoiced: e.target.checked })} />
              Fakturert
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={fee.paid} onChange={(e) => set(i, { paid: e.target.checked })} />
              Betalt
            </label>
            <button type="button" className="button-link" onClick={() => onChange(fees.filter((_, j) => j !== i))}>
              Fjern året
            </button>
          </div>
        )
      })}
      <div>
        <button type="button" onClick={() => onChange([...fees, { year: nextYear(), amount: '', invoiced: false, paid: false }])}>
          Legg til år
        </button>
      </div>
    </fieldset>
  )
}
