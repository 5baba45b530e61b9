import type { SeatingPlanData } from '../../../db/models'
import { RULE_NAMES } from '../../../domain/seating/labels'
import { RULE_KEYS, type RuleKey } from '../../../domain/seating/types'

type Props = { rules: SeatingPlanData['rules']; onChange: (rules: SeatingPlanData['rules']) => void }

/** The soft rules with their weights; 0 or unticked switches a rule off. */
export function RulesPanel({ rules, onChange }: Props) {
  const setWeight = (key: RuleKey, weight: number) => onChange({ ...rules, weights: { ...rules.weights, [key]: Math.max(0, Math.min(10, weight)) } })
  return (
    <fieldset className="rules-panel">
      <legend>Regler for automatisk plassering</legend>
      <p className="field-hint">Byråden sitter alltid ved bord 1, og låste plasser flyttes aldri. Høyere vekt betyr viktigere.</p>
      {RULE_KEYS.map((key) => {
        const on = rules.weights[key] > 0
        return (
          <div key={key} className="rule-row">
            <label className="checkbox">
              <input type="checkbox" checked={on} onChange={(e) => setWeight(key, e.target.checked ? 1 : 0)} />
              {RULE_NAMES[key]}
            </label>
            {key === 'organisationGrouping' && (
              <select
                aria-label="Gjester fra samme virksomhet sitter"
                value={rules.organisationMode}
                onChange={(e) => onChange({ ...rules, organisationMode: e.target.value === 'apart' ? 'apart' : 'together' })}
              >
                <option value="together">ved samme bord</option>
                <option value="apart">ved ulike bord</option>
              </select>
            )}
            <label className="rule-weight">
              Vekt
              <select aria-label={`Vekt for ${RULE_NAMES[key]}`} value={rules.weights[key]} onChange={(e) => setWeight(key, Number(e.target.value))}>
                {Array.from({ length: 11 }, (_, n) => (
                  <option key={n} value={n}>
                    {n === 0 ? 'av' : n}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}
