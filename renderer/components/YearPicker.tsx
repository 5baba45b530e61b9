import { useId } from 'react'
import { yearOptions } from './year-param'

type Props = { year: number; onChange: (year: number) => void; label?: string; current: number; inline?: boolean }

export function YearPicker({ year, onChange, label = 'Rapporteringsår', current, inline = true }: Props) {
  const id = useId()
  const years = yearOptions(current)
  if (!years.includes(year)) years.push(year)
  return (
    <div className={inline ? 'field field-inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  )
}
