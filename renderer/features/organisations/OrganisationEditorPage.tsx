import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { Link, useBlocker, useNavigate, useParams } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { notify } from '../../components/notices'
import { createOrganisation, getOrganisation, updateOrganisation } from '../../db/repositories/organisations-repo'
import { OrganisationForm } from './edit/OrganisationForm'
import { formFrom, newForm, readForm, type OrganisationForm as Form } from './edit/form-model'
import type { FieldErrors } from '../../domain/organisation/validation'
import { messageOf } from '../../lib/result'

/** /virksomheter/ny and /virksomheter/:id/rediger */
export function OrganisationEditorPage() {
  const { id } = useParams()
  const existing = useLiveQuery(async () => (id ? ((await getOrganisation(id)) ?? null) : null), [id])
  if (id && existing === undefined) return <PageHeader title="Rediger virksomhet" />
  if (id && (!existing || existing.deletedAt)) {
    return (
      <>
        <PageHeader title="Rediger virksomhet" />
        <EmptyState title="Fant ikke virksomheten">
          <p>Den kan ligge i papirkurven.</p>
          <Link to="/virksomheter/papirkurv">Åpne papirkurven</Link>
        </EmptyState>
      </>
    )
  }
  return <Editor key={id ?? 'new'} id={id ?? null} initial={existing ? formFrom(existing) : newForm()} />
}

function Editor({ id, initial }: { id: string | null; initial: Form }) {
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const navigate = useNavigate()
  const isNew = id === null
  const saved = useRef(false)
  const dirty = JSON.stringify(form) !== JSON.stringify(initial)
  // Leaving with unsaved changes asks first: nothing typed is lost by one click.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !saved.current && currentLocation.pathname !== nextLocation.pathname)
  const title = isNew ? 'Ny virksomhet' : `Rediger ${initial.input.name}`

  // Start typing the name at once. After a tick: the layout moves focus to <main> on navigation.
  // A field already chosen by then keeps the focus, so no typed character lands in the name.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (document.activeElement?.closest('form')) return
      document.getElementById('org-name')?.focus()
    }, 0)
    return () => clearTimeout(timer)
  }, [])

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault()
    const { input, initialDate, tierChangeDate, errors: found } = readForm(form, isNew)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      // Take the keyboard to the first bad field.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setSaving(true)
    try {
      const outcome = isNew
        ? await createOrganisation(input, { status: form.initialStatus, date: initialDate! })
        : await updateOrganisation(id, input, tierChangeDate ?? undefined)
      if (!outcome.ok) {
        if (outcome.fields) setErrors(outcome.fields)
        notify(`Virksomheten ble ikke lagret: ${messageOf(outcome)}`, 'error')
        return
      }
      const record = outcome.data
      notify(isNew ? `${record.name} er registrert.` : `Endringene i ${record.name} er lagret.`)
      saved.current = true
      void navigate(`/virksomheter/${record.id}`)
    } catch (error) {
      notify(`Virksomheten ble ikke lagret: ${(error as Error).message}`, 'error')
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <PageHeader title={title} description={isNew ? 'Fyll inn det du vet nå; resten kan fylles inn senere.' : undefined} />
      <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label={title}>
        <OrganisationForm form={form} errors={errors} isNew={isNew} editingId={id} onChange={setForm} />
        {Object.keys(errors).length > 0 && (
          <p className="form-error" role="alert">
            Virksomheten ble ikke lagret. Rett {Object.keys(errors).length === 1 ? 'feltet' : `de ${Object.keys(errors).length} feltene`} som er merket.
          </p>
        )}
        <div className="form-actions">
          <Link className="button" to={isNew ? '/virksomheter' : `/virksomheter/${id}`}>
            Avbryt
          </Link>
          <button type="submit" className="button-primary" disabled={saving}>
            Lagre
          </button>
        </div>
      </form>
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          open
          title="Forkaste endringene?"
          message="Du har endringer som ikke er lagret. Vil du gå fra skjemaet uten å lagre?"
          confirmLabel="Forkast endringene"
          danger
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      )}
    </>
  )
}
