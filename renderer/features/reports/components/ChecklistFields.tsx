import { TextField } from '../../../components/TextField'
import type { CertificationKind } from '../../../db/models'
import type { ReportForm, ReportFormErrors } from '../report-form'
import { CheckboxField, Group, SelectField, TextAreaField, YES_NO_OPTIONS } from './fields'
import { CERTIFICATION_KINDS, CERTIFICATION_LABELS } from '../../../domain/organisation/labels'

const CERTIFICATIONS: { value: '' | CertificationKind; label: string }[] = [
  { value: '', label: 'Ingen / ikke oppgitt' },
  ...CERTIFICATION_KINDS.map((kind) => ({ value: kind, label: CERTIFICATION_LABELS[kind] })),
]

type Props = {
  form: ReportForm
  errors: ReportFormErrors
  set: <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => void
  partner: boolean
}

export function ChecklistFields({ form, errors, set, partner }: Props) {
  return (
    <>
      <Group legend="Strategi og sertifisering">
        <SelectField label="Klimaarbeid forankret i strategien" value={form.strategy} options={YES_NO_OPTIONS} onChange={(v) => set('strategy', v)} />
        <SelectField label="Miljøsertifisering" value={form.certificationKind} options={CERTIFICATIONS} onChange={(v) => set('certificationKind', v)} error={errors.certificationKind} />
        <TextField label="Sertifisering gyldig til" value={form.certificationValidUntil} onChange={(v) => set('certificationValidUntil', v)} error={errors.certificationValidUntil} hint="dd.mm.åååå" />
      </Group>
      <Group legend="Klimaregnskap">
        <SelectField label="Fører klimaregnskap" value={form.accountsKept} options={YES_NO_OPTIONS} onChange={(v) => set('accountsKept', v)} />
        <CheckboxField label="Scope 1" checked={form.scope1} onChange={(v) => set('scope1', v)} />
        <CheckboxField label="Scope 2" checked={form.scope2} onChange={(v) => set('scope2', v)} />
        <CheckboxField label="Scope 3" checked={form.scope3} onChange={(v) => set('scope3', v)} />
        <TextField label="Verktøy for klimaregnskap" value={form.accountsTool} onChange={(v) => set('accountsTool', v)} />
      </Group>
      <Group legend="Tallfestet reduksjonsmål">
        <TextField label="Basisår" value={form.baseYear} onChange={(v) => set('baseYear', v)} error={errors.baseYear} inputMode="numeric" />
        <TextField label="Målår" value={form.targetYear} onChange={(v) => set('targetYear', v)} error={errors.targetYear} inputMode="numeric" />
        <TextField label="Reduksjon i prosent" value={form.percent} onChange={(v) => set('percent', v)} error={errors.percent} inputMode="decimal" />
        <SelectField label="Stiller klimakrav til leverandører" value={form.supplierRequirements} options={YES_NO_OPTIONS} onChange={(v) => set('supplierRequirements', v)} />
      </Group>
      <Group legend="Tiltak">
        <TextAreaField label="Gjennomførte tiltak" value={form.measuresDone} onChange={(v) => set('measuresDone', v)} />
        <TextAreaField label="Planlagte tiltak" value={form.measuresPlanned} onChange={(v) => set('measuresPlanned', v)} />
      </Group>
      {partner && (
        <Group legend="Partner: klimaregnskap via Klimapartnere">
          <TextField label="Levert via Klimapartnere" value={form.klimapartnereDate} onChange={(v) => set('klimapartnereDate', v)} error={errors.klimapartnereDate} hint="dd.mm.åååå" />
          <TextField label="Utslipp scope 1 (tonn CO₂e)" value={form.tonnes1} onChange={(v) => set('tonnes1', v)} error={errors.tonnes1} inputMode="decimal" />
          <TextField label="Utslipp scope 2 (tonn CO₂e)" value={form.tonnes2} onChange={(v) => set('tonnes2', v)} error={errors.tonnes2} inputMode="decimal" />
          <TextField label="Utslipp scope 3 (tonn CO₂e)" value={form.tonnes3} onChange={(v) => set('tonnes3', v)} error={errors.tonnes3} inputMode="decimal" />
        </Group>
      )}
    </>
  )
}
