import type { ApplicationChoices, ApplicationPlan } from '../../domain/application/plan'
import { postalPlaceKey } from '../../domain/application/postal'
import { foldText } from '../../lib/text-fold'

type Answers = Pick<ApplicationChoices, 'sectors' | 'municipalities'>
type Props = { plan: ApplicationPlan; answers: Answers; sectors: readonly string[]; municipalities: readonly string[]; onChange: (answers: Answers) => void }

/** Sectors not on the list (with the suggestion chosen, or "new" once confirmed) and municipalities per postal place. */
export function ReviewerQuestions({ plan, answers, sectors, municipalities, onChange }: Props) {
  if (plan.sectors.length === 0 && plan.places.length === 0) return null
  return (
    <div className="application-questions">
      {plan.sectors.length > 0 && (
        <fieldset className="sheet-mapping">
          <legend>Bransjer som ikke står i listen</legend>
          {plan.sectors.map(({ answer, match }) => {
            const key = foldText(answer)
            return (
              <div className="field" key={key}>
                <label htmlFor={`sector-${key}`}>Bransje «{answer}»</label>
                <select id={`sector-${key}`} value={answers.sectors[key] ?? ''} onChange={(e) => onChange({ ...answers, sectors: { ...answers.sectors, [key]: e.target.value } })}>
                  <option value="">Velg …</option>
                  <option value={answer}>Legg til «{answer}» som ny bransje</option>
                  {sectors.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
                <span className="muted">{match.kind === 'suggestion' ? `Forslag: ${match.sector}` : 'Ingen lignende bransje i listen'}</span>
              </div>
            )
          })}
        </fieldset>
      )}
      {plan.places.length > 0 && (
        <fieldset className="sheet-mapping">
          <legend>Kommune for hvert poststed</legend>
          <datalist id="known-municipalities">
            {municipalities.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
          {plan.places.map(({ place, proposal }) => {
            const key = postalPlaceKey(place)
            return (
              <div className="field" key={key}>
                <label htmlFor={`municipality-${key}`}>Kommune for {place}</label>
                <input id={`municipality-${key}`} list="known-municipalities" value={answers.municipalities[key] ?? ''} onChange={(e) => onChange({ ...answers, municipalities: { ...answers.municipalities, [key]: e.target.value } })} />
                <span className="muted">{proposal ? 'Huskes til neste import' : 'Poststedet er ikke en kommune: velg én gang, så huskes det'}</span>
              </div>
            )
          })}
        </fieldset>
      )}
    </div>
  )
}
