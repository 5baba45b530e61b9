import { useId, type ReactNode } from 'react'

type Common = { label: string; error?: string | undefined; hint?: string }

function Messages({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  )
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  hint,
}: Common & { value: T; options: { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = useId()
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  )
}

export function TextAreaField({ label, value, onChange, error, hint, rows = 4 }: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId()
  return (
    <div className={`field field-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} />
      <Messages id={id} hint={hint} error={error} />
    </div>
  )
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId()
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

export function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  )
}

export const YES_NO_OPTIONS: { value: '' | 'ja' | 'nei'; label: string }[] = [
  { value: '', label: 'Ikke oppgitt' },
  { value: 'ja', label: 'Ja' },
  { value: 'nei', label: 'Nei' },
]
