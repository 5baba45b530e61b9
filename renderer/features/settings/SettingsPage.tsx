import { useState } from 'react'
import { Link } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { PageHeader } from '../../components/PageHeader'
import { TextField } from '../../components/TextField'
import { notify } from '../../components/notices'
import { readDevice, setUserName } from '../../db/repositories/base'
import { loadSettings, saveSettings } from '../../db/repositories/settings-repo'
import type { Settings } from '../../domain/settings/settings'
import { emailError, phoneError, requiredError } from '../../lib/validation'
import { ReportSettings } from '../reports'
import { MainFolders } from './MainFolders'
import { ContractTemplateSection } from '../contracts'

type Form = Settings & { userName: string }
/** Fields edited as text here; list settings (e.g. participationKinds) have their own editors. */
type TextKey = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form]

function validate(form: Form): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = {}
  const put = (key: keyof Form, message: string | null) => {
    if (message) errors[key] = message
  }
  put('commissionerTitle', requiredError(form.commissionerTitle, 'Tittel'))
  put('secretariatName', requiredError(form.secretariatName, 'Sekretariatets navn'))
  put('secretariatEmail', emailError(form.secretariatEmail))
  put('secretariatPhone', phoneError(form.secretariatPhone))
  put('userName', requiredError(form.userName, 'Ditt navn'))
  return errors
}

export function SettingsPage() {
  const loaded = useLiveQuery(async () => ({ settings: await loadSettings(), device: await readDevice() }), [])
  if (!loaded) return <PageHeader title="Innstillinger" />
  return <SettingsForm initial={{ ...loaded.settings, userName: loaded.device?.userName ?? '' }} />
}

function SettingsForm({ initial }: { initial: Form }) {
  const [form, setForm] = useState<Form>(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})

  const field = (key: TextKey, label: string, extra: { type?: string; hint?: string; autoComplete?: string } = {}) => (
    <TextField
      label={label}
      value={form[key]}
      error={errors[key]}
      onChange={(value) => setForm({ ...form, [key]: value })}
      {...extra}
    />
  )

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault()
    const found = validate(form)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      notify('Innstillingene ble ikke lagret. Rett feltene som er merket.', 'error')
      return
    }
    const { userName, commissionerName, commissionerTitle, secretariatName, secretariatEmail, secretariatPhone } = form
    // Save only this form's fields, so a stale copy never overwrites what another section saved.
    await saveSettings({ commissionerName, commissionerTitle, secretariatName, secretariatEmail, secretariatPhone })
    await setUserName(userName)
    notify('Innstillingene er lagret.')
  }

  return (
    <>
      <PageHeader title="Innstillinger" description="Opplysninger som brukes i kontrakter, e-post og dokumenter." />
      <form className="card form-grid" onSubmit={onSubmit} noValidate aria-label="Innstillinger">
        <fieldset>
          <legend>Byråden</legend>
          {field('commissionerName', 'Byrådens navn', { hint: 'Står under byrådens signatur på klimakontrakten.' })}
          {field('commissionerTitle', 'Byrådens tittel')}
        </fieldset>
        <fieldset>
          <legend>Sekretariatet</legend>
          {field('secretariatName', 'Sekretariatets navn')}
          {field('secretariatEmail', 'Sekretariatets e-post', { type: 'email' })}
          {field('secretariatPhone', 'Sekretariatets telefon', { type: 'tel' })}
        </fieldset>
        <fieldset>
          <legend>Denne maskinen</legend>
          {field('userName', 'Ditt navn', { hint: 'Står i endringsloggen ved alt du endrer.', autoComplete: 'name' })}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary">
            Lagre
          </button>
        </div>
      </form>
      <MainFolders />
      <section className="card" aria-labelledby="sync-link-title">
        <h2 id="sync-link-title">Synkronisering</h2>
        <p>Del registeret med de andre maskinene i sekretariatet gjennom en delt mappe.</p>
        <Link to="/synkronisering">Åpne synkronisering</Link>
      </section>
      <ContractTemplateSection />
      <ReportSettings />
    </>
  )
}
