import type { CertificationKind, Tier } from '../../../db/models'
import { TextField } from '../../../components/TextField'
import { formatOrgNumber, isValidOrgNumber, normaliseOrgNumber } from '../../../../electron/shared/org-number'
import { CERTIFICATION_LABELS, EMPLOYEE_BANDS, EXPECTATION_KEYS, EXPECTATION_LABELS, PIPELINE_STATUSES, pipelineStatusText, TIER_LABELS } from '../../../domain/organisation/labels'
import type { FieldErrors, OrganisationInput } from '../../../domain/organisation/validation'
import { AssessmentTable } from './AssessmentTable'
import { DuplicateWarning } from './DuplicateWarning'
import { PartnerFees } from './PartnerFees'
import { SectorField } from './SectorField'
import type { OrganisationForm as Form } from './form-model'
import { CRITERION_KEYS, CRITERION_LABELS } from '../../../domain/criteria/labels'

type Props = { form: Form; errors: FieldErrors; isNew: boolean; editingId: string | null; onChange: (next: Form) => void }

export function OrganisationForm({ form, errors, isNew, editingId, onChange }: Props) {
  const { input } = form
  const setInput = (change: Partial<OrganisationInput>) => onChange({ ...form, input: { ...input, ...change } })
  const setAddress = (change: Partial<OrganisationInput['address']>) => setInput({ address: { ...input.address, ...change } })

  return (
    <>
      <fieldset>
        <legend>Virksomheten</legend>
        <TextField id="org-name" label="Navn" value={input.name} error={errors.name} onChange={(name) => setInput({ name })} required />
        <div>
          <TextField
            label="Organisasjonsnummer"
            value={input.orgNumber}
            error={errors.orgNumber}
            hint="9 sifre, mellomrom er lov (eksempel: 123 456 785)."
            inputMode="numeric"
            onChange={(orgNumber) => setInput({ orgNumber })}
            onBlur={() => isValidOrgNumber(input.orgNumber) && setInput({ orgNumber: formatOrgNumber(normaliseOrgNumber(input.orgNumber)) })}
          />
          <DuplicateWarning orgNumber={input.orgNumber} exceptId={editingId} />
        </div>
        <SectorField value={input.sector} onChange={(sector) => setInput({ sector })} />
        <TextField label="Nettsted" value={input.website} error={errors.website} placeholder="www.firma.no" onChange={(website) => setInput({ website })} />
        <div className="field">
          <label htmlFor="employee-band">Antall ansatte</label>
          <select id="employee-band" value={input.employeeBand} onChange={(e) => setInput({ employeeBand: e.target.value })}>
            <option value="">Ikke oppgitt</option>
            {EMPLOYEE_BANDS.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>Besøksadresse</legend>
        <TextField label="Gateadresse" value={input.address.street} onChange={(street) => setAddress({ street })} />
        <TextField label="Postnummer" value={input.address.postalCode} error={errors['address.postalCode']} inputMode="numeric" maxLength={4} onChange={(postalCode) => setAddress({ postalCode })} />
        <TextField label="Poststed" value={input.address.postalPlace ?? ''} onChange={(postalPlace) => setAddress({ postalPlace })} />
        <TextField label="Kommune" value={input.address.municipality} onChange={(municipality) => setAddress({ municipality })} />
      </fieldset>
      <fieldset>
        <legend>Medlemskap</legend>
        <div className="field">
          <label htmlFor="tier">Nivå</label>
          <select id="tier" value={input.tier} onChange={(e) => setInput({ tier: e.target.value as Tier })}>
            {(Object.keys(TIER_LABELS) as Tier[]).map((t) => (
              <option key={t} value={t}>
                {t === 'medlem' ? 'Medlem (gratis)' : 'Partner (med kontingent)'}
              </option>
            ))}
          </select>
        </div>
        {!isNew && form.savedTier !== null && form.savedTier !== input.tier && (
          <TextField
            label="Nytt nivå gjelder fra"
            value={form.tierDate}
            error={errors.tierDate}
            hint={`Endringen fra ${TIER_LABELS[form.savedTier].toLowerCase()} til ${TIER_LABELS[input.tier].toLowerCase()} føres i nivåhistorikken med denne datoen.`}
            onChange={(tierDate) => onChange({ ...form, tierDate })}
          />
        )}
        {isNew && (
          <>
            <div className="field">
              <label htmlFor="initial-status">Status</label>
              <select id="initial-status" value={form.initialStatus} onChange={(e) => onChange({ ...form, initialStatus: e.target.value as Form['initialStatus'] })}>
                {PIPELINE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {pipelineStatusText({ status: s, tier: input.tier })}
                  </option>
                ))}
              </select>
            </div>
            <TextField label="Status fra dato" value={form.initialDate} error={errors.initialDate} hint="dd.mm.åååå" onChange={(initialDate) => onChange({ ...form, initialDate })} />
          </>
        )}
      </fieldset>
      {input.tier === 'partner' && <PartnerFees fees={form.fees} errors={errors} onChange={(fees) => onChange({ ...form, fees })} />}
      <div className="form-block">
        <AssessmentTable caption="Medlemskriterier" keys={CRITERION_KEYS} labels={CRITERION_LABELS} value={input.criteria} onChange={(criteria) => setInput({ criteria })} />
      </div>
      <div className="form-block">
        <AssessmentTable caption="Forventninger" keys={EXPECTATION_KEYS} labels={EXPECTATION_LABELS} value={input.expectations} onChange={(expectations) => setInput({ expectations })} />
      </div>
      <fieldset>
        <legend>Miljøsertifisering</legend>
        <div className="field">
          <label htmlFor="certification-kind">Sertifisering</label>
          <select
            id="certification-kind"
            value={input.certification.kind ?? ''}
            onChange={(e) => setInput({ certification: { ...input.certification, kind: (e.target.value || null) as CertificationKind | null } })}
          >
            <option value="">Ingen</option>
            {(Object.keys(CERTIFICATION_LABELS) as CertificationKind[]).map((k) => (
              <option key={k} value={k}>
                {CERTIFICATION_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Gyldig til" value={form.validUntil} error={errors['certification.validUntil']} hint="dd.mm.åååå" onChange={(validUntil) => onChange({ ...form, validUntil })} />
        <TextField label="Merknad om sertifisering" value={input.certification.note} onChange={(note) => setInput({ certification: { ...input.certification, note } })} />
      </fieldset>
      <div className="field form-block">
        <label htmlFor="org-notes">Notater</label>
        <textarea id="org-notes" rows={4} value={input.notes} onChange={(e) => setInput({ notes: e.target.value })} />
      </div>
    </>
  )
}
