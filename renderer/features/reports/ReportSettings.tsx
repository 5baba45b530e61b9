import { useLiveQuery } from 'dexie-react-hooks'
import { useRef, useState } from 'react'
import { TextField } from '../../components/TextField'
import { notify, useNotices } from '../../components/notices'
import { loadSettings, saveSettings } from '../../db/repositories/settings-repo'
import type { Settings } from '../../domain/settings/settings'
import { formatDate, parseNorwegianDate, todayInOslo } from '../../lib/dates'
import { TextAreaField } from './components/fields'
import { YearPicker } from '../../components/YearPicker'
import { dueDateFor } from '../../domain/report/report-rules'

type Form = { year: number; dueDate: string; cutoff: string; municipalities: string }
type Errors = Partial<Record<keyof Form, string>>

/** "01.10" → "10-01", or null. */
export function parseDayMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/.exec(text)
  // A leap year, so 29.02 is accepted.
  const iso = m ? parseNorwegianDate(`${m[1]}.${m[2]}.2024`) : null
  return iso ? iso.slice(5) : null
}

const formatDayMonth = (mmdd: string) => `${mmdd.slice(3, 5)}.${mmdd.slice(0, 2)}`

/** Innstillinger section: the annual-report due date per year, the join cut-off, the municipality list. */
export function ReportSettings() {
  const settings = useLiveQuery(() => loadSettings(), [])
  if (!settings) return null
  return <ReportSettingsForm initial={settings} />
}

function ReportSettingsForm({ initial }: { initial: Settings }) {
  const thisYear = Number(todayInOslo().slice(0, 4))
  const [form, setForm] = useState<Form>({
    year: thisYear - 1,
    dueDate: formatDate(dueDateFor(thisYear - 1, initial)),
    cutoff: formatDayMonth(initial.joinCutoff),
    municipalities: initial.geographyMunicipalities.join('\n'),
  })
  const [errors, setErrors] = useState<Errors>({})
  const errorNotice = useRef<number | null>(null)

  const pickYear = (year: number) => setForm({ ...form, year, dueDate: formatDate(dueDateFor(year, initial)) })

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault()
    const found: Errors = {}
    const due = parseNorwegianDate(form.dueDate)
    if (!due) found.dueDate = 'Skriv fristen som dd.mm.åååå, for eksempel 01.04.2026.'
    else if (due <= `${form.year}-12-31`) found.dueDate = `Fristen må være etter utgangen av ${form.year}.`
    const cutoff = parseDayMonth(form.cutoff)
    if (!cutoff) found.cutoff = 'Skriv datoen som dd.mm, for eksempel 01.10.'
    const municipalities = [...new Set(form.municipalities.split('\n').map((m) => m.trim()).filter(Boolean))]
    if (municipalities.length === 0) found.municipalities = 'Listen må ha minst én kommune, for eksempel Oslo.'
    setErrors(found)
    if (Object.keys(found).length > 0 || !due || !cutoff) {
      errorNotice.current = notify('Innstillingene for årsrapporter ble ikke lagret. Rett feltene som er merket.', 'error')
      return
    }
    if (errorNotice.current !== null) useNotices.getState().dismiss(errorNotice.current)
    const current = await loadSettings()
    await saveSettings({
      reportDueDates: { ...current.reportDueDates, [String(form.year)]: due },
      joinCutoff: cutoff,
      geographyMunicipalities: municipalities,
    })
    notify('Innstillingene for årsrapporter og kriterier er lagret.')
  }

  return (
    <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label="Årsrapporter og kriterier">
      <fieldset>
        <legend>Årsrapporter og kriterier</legend>
        <YearPicker year={form.year} onChange={pickYear} current={thisYear} label="Frist gjelder rapporteringsåret" inline={false} />
        <TextField
          label="Frist for årsrapporten"
          value={form.dueDate}
          onChange={(dueDate) => setForm({ ...form, dueDate })}
          error={errors.dueDate}
          hint="Uten egen frist gjelder 1. april året etter."
        />
        <TextField
          label="Siste innmeldingsdato for krav i året"
          value={form.cutoff}
          onChange={(cutoff) => setForm({ ...form, cutoff })}
          error={errors.cutoff}
          hint="dd.mm. Virksomheter som signerer senere i året, slipper rapportering og deltakelse det året."
        />
        <TextAreaField
          label="Kommuner med geografisk relevans"
          value={form.municipalities}
          onChange={(municipalities) => setForm({ ...form, municipalities })}
          error={errors.municipalities}
          hint="Én kommune per linje: Oslo og indre Stor-Oslo."
          rows={6}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          Oppdater frister og kommuner
        </button>
      </div>
    </form>
  )
}
