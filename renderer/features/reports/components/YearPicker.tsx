import { useId } from 'react'
import { yearOptions } from '../year-param'

export function YearPicker({ year, onChange, label = 'Rapporteringsår', current }: { year: number; onChange: (year: number) => void; label?: string; current: number }) {
  const id = useId()
  const years = yearOptions(current)
  if (!years.includes(year)) years.push(year)
  return (
    <div className="field field-inline">
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
