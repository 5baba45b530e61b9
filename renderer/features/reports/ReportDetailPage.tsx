import { useLiveQuery } from 'dexie-react-hooks'
import { useRef, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify, useNotices } from '../../components/notices'
import { attachReportFile, loadReportDraft, saveReport, type ReportDraft } from '../../db/repositories/annual-reports-repo'
import { todayInOslo } from '../../lib/dates'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { ChecklistFields } from './components/ChecklistFields'
import { SelectField } from './components/fields'
import { TextField } from '../../components/TextField'
import { toForm, validateReportForm, type ReportForm, type ReportFormErrors } from './report-form'
import { REPORT_STATUS_LABELS, REPORT_STATUSES } from '../../domain/report/labels'

export function ReportDetailPage() {
  const params = useParams()
  const year = Number(params.year)
  const organisationId = params.organisationId ?? ''
  const draft = useLiveQuery(() => loadReportDraft(organisationId, year), [organisationId, year])
  if (!draft) return <PageHeader title="Årsrapport" />
  if (!draft.organisation || !Number.isInteger(year))
    return (
      <>
        <PageHeader title="Årsrapport" />
        <EmptyState title="Fant ikke virksomheten">
          <p>
            <Link to="/arsrapporter">Tilbake til årsrapportene</Link>
          </p>
        </EmptyState>
      </>
    )
  // A new key resets the form when another report is opened; attaching a file keeps unsaved edits.
  return <ReportEditor key={`${organisationId}-${year}`} draft={draft} year={year} />
}

function ReportEditor({ draft, year }: { draft: ReportDraft; year: number }) {
  const organisation = draft.organisation!
  const navigate = useNavigate()
  const [form, setForm] = useState<ReportForm>(() => toForm(draft.report, draft.checklist))
  const [errors, setErrors] = useState<ReportFormErrors>({})
  const [busy, setBusy] = useState(false)
  const errorNotice = useRef<number | null>(null)
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => setForm((f) => ({ ...f, [key]: value }))
  const back = `/arsrapporter?ar=${year}`

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault()
    const checked = validateReportForm(form, todayInOslo())
    if (!checked.ok) {
      setErrors(checked.errors)
      errorNotice.current = notify('Årsrapporten ble ikke lagret. Rett feltene som er merket.', 'error')
      return
    }
    setErrors({})
    // The earlier "not saved" message is no longer true.
    if (errorNotice.current !== null) useNotices.getState().dismiss(errorNotice.current)
    await saveReport(organisation.id, year, checked.change)
    notify(`Årsrapporten for ${year} fra ${organisation.name} er lagret.`)
    navigate(back)
  }

  const attach = async () => {
    setBusy(true)
    try {
      const result = await desktop().openFile({ kinds: ['pdf'] })
      if (!result.ok) {
        if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
        return
      }
      await attachReportFile(organisation.id, year, { name: result.data.name, mimeType: 'application/pdf', bytes: result.data.bytes })
      notify(`${result.data.name} er lagt ved.`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeader
        title={`Årsrapport ${year}: ${organisation.name}`}
        description={organisation.tier === 'partner' ? 'Partner: rapporterer også klimaregnskap via Klimapartnere.' : 'Medlem'}
        actions={<Link to={back}>Tilbake til årsrapportene</Link>}
      />
      {draft.prefilledFrom !== null && (
        <p className="prefill-note" role="note">
          Forhåndsutfylt fra årsrapporten for {draft.prefilledFrom}. Kontroller opplysningene og lagre.
        </p>
      )}
      <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label={`Årsrapport ${year}`}>
        <fieldset>
          <legend>Mottak</legend>
          <SelectField
            label="Status"
            value={form.status}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))}
            onChange={(v) => set('status', v)}
            error={errors.status}
          />
          <TextField label="Mottatt dato" value={form.receivedDate} onChange={(v) => set('receivedDate', v)} error={errors.receivedDate} hint="dd.mm.åååå" inputMode="numeric" />
          <TextField label="Saksnummer i arkivet" value={form.caseNumber} onChange={(v) => set('caseNumber', v)} />
          <div className="field" role="group" aria-labelledby="report-file-label">
            <span className="field-label" id="report-file-label">
              Rapportfil
            </span>
            <span>{draft.attachmentName ?? 'Ingen fil lagt ved'}</span>
            <button type="button" onClick={attach} disabled={busy}>
              {draft.attachmentName ? 'Bytt rapportfil' : 'Legg ved rapportfil'}
            </button>
          </div>
        </fieldset>
        <ChecklistFields form={form} errors={errors} set={set} partner={organisation.tier === 'partner'} />
        <div className="form-actions">
          <Link to={back} className="button">
            Avbryt
          </Link>
          <button type="submit" className="button-primary">
            Lagre årsrapporten
          </button>
        </div>
      </form>
    </>
  )
}
