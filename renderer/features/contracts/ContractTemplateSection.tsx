import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/notices'
import { attachment, currentTemplate, saveTemplate, setTemplateLogo, templateVersions, type TemplateInUse } from '../../db/repositories/contracts-repo'
import { desktop, hostErrorMessage } from '../../lib/desktop'
import { messageOf } from '../../lib/result'
import { TEMPLATE_FIELDS, templateErrors } from '../../domain/contract/template'
import { TIERS } from '../../domain/organisation/labels'
import type { Tier } from '../../domain/organisation/types'

const TIER_PLURAL: Record<Tier, string> = { medlem: 'Medlemmer', partner: 'Partnere' }

/** The contract text in Innstillinger: every save is a new version; old contracts keep theirs. */
export function ContractTemplateSection() {
  const [tier, setTier] = useState<Tier>('medlem')
  const data = useLiveQuery(async () => {
    const template = await currentTemplate(tier)
    return { template, versions: await templateVersions(tier), logoName: (await attachment(template.logoAttachmentId))?.name ?? null }
  }, [tier])
  if (!data || data.template.tier !== tier) return null
  return <TemplateEditor key={`${tier}-${data.template.version}`} template={data.template} versions={data.versions.length} logoName={data.logoName} onTier={setTier} />
}

type EditorProps = { template: TemplateInUse; versions: number; logoName: string | null; onTier: (tier: Tier) => void }

function TemplateEditor({ template, versions, logoName, onTier }: EditorProps) {
  const [body, setBody] = useState(template.body)
  const [errors, setErrors] = useState<string[]>([])
  const [confirmRemove, setConfirmRemove] = useState(false)
  const changed = body !== template.body

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const found = templateErrors(body)
    setErrors(found)
    if (found.length) return
    const saved = await saveTemplate(body, template.tier)
    if (!saved.ok) return setErrors([...(saved.problems ?? [messageOf(saved)])])
    notify(template.tier === 'partner' ? `Kontraktmalen for partnere er lagret som versjon ${saved.data.version}.` : `Kontraktmalen er lagret som versjon ${saved.data.version}.`)
  }
  const chooseLogo = async () => {
    const result = await desktop().openFile({ kinds: ['image'] })
    if (!result.ok) {
      if (result.error !== 'cancelled') notify(hostErrorMessage(result), 'error')
      return
    }
    const lower = result.data.name.toLowerCase()
    const mimeType = lower.endsWith('.png') ? 'image/png' : lower.endsWith('.jpg') || lower.endsWith('.jpeg') ? 'image/jpeg' : null
    if (!mimeType) {
      notify('Logoen må være et PNG- eller JPEG-bilde.', 'error')
      return
    }
    if (result.data.size > 5 * 1024 * 1024) {
      notify('Logoen er større enn 5 MB. Velg en mindre fil.', 'error')
      return
    }
    await setTemplateLogo({ name: result.data.name, mimeType, bytes: result.data.bytes })
    notify(`Logoen «${result.data.name}» brukes i nye kontrakter.`)
  }

  return (
    <section className="card" aria-labelledby="template-title">
      <h2 id="template-title">Klimakontrakten</h2>
      <div className="field template-tier">
        <label htmlFor="template-tier">Mal for</label>
        <select id="template-tier" value={template.tier} disabled={changed} aria-describedby={changed ? 'template-tier-hint' : undefined} onChange={(e) => onTier(e.target.value as Tier)}>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_PLURAL[t]}
            </option>
          ))}
        </select>
        {changed && (
          <p id="template-tier-hint" className="field-hint">
            Lagre eller forkast endringene før du bytter mal.
          </p>
        )}
      </div>
      <p className="page-description">
        {template.builtIn ? 'Standardteksten brukes (ikke endret ennå).' : `Versjon ${template.version} av ${versions} brukes.`} Nye kontrakter bruker siste
        versjon; kontrakter som alt er laget, skrives ut på nytt nøyaktig som de var.
      </p>
      <form onSubmit={save} noValidate aria-label="Kontraktmal">
        <div className={`field${errors.length ? ' field-invalid' : ''}`}>
          <label htmlFor="template-body">Kontrakttekst</label>
          <textarea
            id="template-body"
            className="template-body"
            rows={18}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={`template-help${errors.length ? ' template-errors' : ''}`}
            spellCheck
          />
          {errors.length > 0 && (
            <div id="template-errors" className="field-error" role="alert">
              {errors.map((e) => (
                <p key={e}>{e}</p>
              ))}
            </div>
          )}
        </div>
        <div id="template-help" className="template-help">
          <p>
            <strong>Slik skriver du malen:</strong> en linje som starter med <code>#</code> blir en overskrift, en linje som starter med <code>-</code> blir
            et punkt i en liste, og en tom linje skiller avsnitt. Felt skrives med doble klammer og fylles ut for hver virksomhet:
          </p>
          <dl className="template-fields">
            {Object.entries(TEMPLATE_FIELDS).map(([field, meaning]) => (
              <div key={field}>
                <dt>
                  <code>{`{{${field}}}`}</code>
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
          <p>Partene, sted og dato og signaturfeltene settes inn automatisk.</p>
        </div>
        <div className="form-actions">
          <button type="button" onClick={() => setBody(template.body)} disabled={!changed}>
            Forkast endringene
          </button>
          <button type="submit" className="button-primary" disabled={!changed}>
            Ta i bruk som ny versjon
          </button>
        </div>
      </form>
      <h3>Logo øverst i kontrakten</h3>
      <p>{logoName ? `Logo: ${logoName}` : 'Ingen logo.'}</p>
      <div className="form-actions form-actions-start">
        <button type="button" onClick={() => void chooseLogo()}>
          {logoName ? 'Bytt logo …' : 'Velg logo …'}
        </button>
        {logoName && (
          <button type="button" onClick={() => setConfirmRemove(true)}>
            Fjern logo
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmRemove}
        title="Fjerne logoen?"
        message="Nye kontrakter lages uten logo. Kontrakter som alt er laget, beholder sin."
        confirmLabel="Fjern logo"
        danger
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false)
          void setTemplateLogo(null).then(() => notify('Logoen er fjernet fra nye kontrakter.'))
        }}
      />
    </section>
  )
}
