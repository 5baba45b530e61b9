type Option<V extends string> = { value: V; label: string }

type Props<V extends string> = {
  id: string
  label: string
  value: V | ''
  options: readonly Option<V>[]
  /** The first choice, which filters nothing out ("Alle"). */
  allLabel?: string
  className?: string
  onChange: (value: V | '') => void
}

/** A labelled select that narrows a list; the empty value means "no filter". */
export function FilterSelect<V extends string>({ id, label, value, options, allLabel = 'Alle', className, onChange }: Props<V>) {
  // A narrow select may cut a long choice; its title says it in full.
  const chosen = options.find((o) => o.value === value)?.label
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {/* The options are the only values the select can hold, so the value is one of them or ''. */}
      <select id={id} value={value} title={chosen} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Options for a fixed list of codes and their Norwegian labels. */
export const labelledOptions = <V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] =>
  values.map((value) => ({ value, label: labels[value] }))
