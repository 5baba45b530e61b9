/**
 * The checklist form as the user types it (strings), and its checks: every bad field gets a
 * Norwegian message and nothing is saved until all are right.
 */
import type { CertificationKind, DateOnly, ReportChecklist, ReportStatus } from '../../db/models'
import { formatDate, parseNorwegianDate } from '../../lib/dates'
import type { ReportChange } from '../../db/repositories/annual-reports-repo'

export type YesNo = '' | 'ja' | 'nei'

export type ReportForm = {
  status: ReportStatus
  receivedDate: string
  caseNumber: string
  strategy: YesNo
  certificationKind: '' | CertificationKind
  certificationValidUntil: string
  accountsKept: YesNo
  scope1: boolean
  scope2: boolean
  scope3: boolean
  accountsTool: string
  baseYear: string
  targetYear: string
  percent: string
  supplierRequirements: YesNo
  measuresDone: string
  measuresPlanned: string
  klimapartnereDate: string
  tonnes1: string
  tonnes2: string
  tonnes3: string
}

export type ReportFormErrors = Partial<Record<keyof ReportForm, string>>

const yesNo = (v: boolean | null): YesNo => (v === null ? '' : v ? 'ja' : 'nei')
const fromYesNo = (v: YesNo): boolean | null => (v === '' ? null : v === 'ja')
const num = (v: number | null): string => (v === null ? '' : String(v).replace('.', ','))

export function toForm(
  report: { status: ReportStatus; receivedDate: DateOnly | null; caseNumber: string } | null,
  c: ReportChecklist,
): ReportForm {
  return {
    status: report?.status ?? 'ikke-mottatt',
    receivedDate: formatDate(report?.receivedDate),
    caseNumber: report?.caseNumber ?? '',
    strategy: yesNo(c.strategy),
    certificationKind: c.certification.kind ?? '',
    certificationValidUntil: formatDate(c.certification.validUntil),
    accountsKept: yesNo(c.emissionsAccounts.kept),
    scope1: c.emissionsAccounts.scope1,
    scope2: c.emissionsAccounts.scope2,
    scope3: c.emissionsAccounts.scope3,
    accountsTool: c.emissionsAccounts.tool,
    baseYear: num(c.reductionTarget.baseYear),
    targetYear: num(c.reductionTarget.targetYear),
    percent: num(c.reductionTarget.percent),
    supplierRequirements: yesNo(c.supplierRequirements),
    measuresDone: c.measuresDone,
    measuresPlanned: c.measuresPlanned,
    klimapartnereDate: formatDate(c.partner.klimapartnereDate),
    tonnes1: num(c.partner.tonnes.scope1),
    tonnes2: num(c.partner.tonnes.scope2),
    tonnes3: num(c.partner.tonnes.scope3),
  }
}

type Parsed = { value: number | null; error: string | null }

function parseYear(text: string, what: string): Parsed {
  const t = text.trim()
  if (!t) return { value: null, error: null }
  const n = Number(t)
  if (!/^\d{4}$/.test(t) || n < 1990 || n > 2100) return { value: null, error: `${what} må være et årstall med fire sifre, for eksempel 2030.` }
  return { value: n, error: null }
}

function parseNumber(text: string, what: string, max?: number): Parsed {
  const t = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!t) return { value: null, error: null }
  const n = Number(t)
  if (!/^\d+(\.\d+)?$/.test(t) || !Number.isFinite(n)) return { value: null, error: `${what} må være et tall, for eksempel 12,5.` }
  if (max !== undefined && n > max) return { value: null, error: `${what} kan ikke være mer enn ${max}.` }
  return { value: n, error: null }
}

function parseDate(text: string, what: string): { value: DateOnly | null; error: string | null } {
  const t = text.trim()
  if (!t) return { value: null, error: null }
  const value = parseNorwegianDate(t)
  return value ? { value, error: null } : { value: null, error: `${what} må skrives som dd.mm.åååå, for eksempel 01.04.2026.` }
}

export function validateReportForm(
  form: ReportForm,
  today: DateOnly,
): { ok: true; change: ReportChange } | { ok: false; errors: ReportFormErrors } {
  const errors: ReportFormErrors = {}
  const received = parseDate(form.receivedDate, 'Mottatt dato')
  if (received.error) errors.receivedDate = received.error
  else if (received.value && received.value > today) errors.receivedDate = 'Mottatt dato kan ikke være i fremtiden.'
  else if (!received.value && (form.status === 'mottatt' || form.status === 'godkjent'))
    errors.receivedDate = 'Skriv inn datoen rapporten ble mottatt.'
  else if (received.value && form.status === 'ikke-mottatt') errors.status = 'Velg en annen status, eller fjern mottatt dato.'
  const validUntil = parseDate(form.certificationValidUntil, 'Gyldig til')
  if (validUntil.error) errors.certificationValidUntil = validUntil.error
  else if (validUntil.value && !form.certificationKind) errors.certificationKind = 'Velg hvilken sertifisering datoen gjelder.'
  const baseYear = parseYear(form.baseYear, 'Basisår')
  if (baseYear.error) errors.baseYear = baseYear.error
  const targetYear = parseYear(form.targetYear, 'Målår')
  if (targetYear.error) errors.targetYear = targetYear.error
  else if (baseYear.value !== null && targetYear.value !== null && targetYear.value <= baseYear.value)
    errors.targetYear = 'Målåret må komme etter basisåret.'
  const percent = parseNumber(form.percent, 'Reduksjonen i prosent', 100)
  if (percent.error) errors.percent = percent.error
  const klimapartnere = parseDate(form.klimapartnereDate, 'Levert via Klimapartnere')
  if (klimapartnere.error) errors.klimapartnereDate = klimapartnere.error
  const tonnes = (['tonnes1', 'tonnes2', 'tonnes3'] as const).map((key, i) => {
    const parsed = parseNumber(form[key], `Utslipp i scope ${i + 1}`)
    if (parsed.error) errors[key] = parsed.error
    return parsed.value
  })
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const checklist: ReportChecklist = {
    strategy: fromYesNo(form.strategy),
    certification: { kind: form.certificationKind || null, validUntil: validUntil.value },
    emissionsAccounts: { kept: fromYesNo(form.accountsKept), scope1: form.scope1, scope2: form.scope2, scope3: form.scope3, tool: form.accountsTool.trim() },
    reductionTarget: { baseYear: baseYear.value, targetYear: targetYear.value, percent: percent.value },
    supplierRequirements: fromYesNo(form.supplierRequirements),
    measuresDone: form.measuresDone.trim(),
    measuresPlanned: form.measuresPlanned.trim(),
    partner: {
      klimapartnereDate: klimapartnere.value,
      tonnes: { scope1: tonnes[0] ?? null, scope2: tonnes[1] ?? null, scope3: tonnes[2] ?? null },
    },
  }
  // Saving means the user has reviewed the checklist, so a prefill mark is cleared.
  return {
    ok: true,
    change: { status: form.status, receivedDate: received.value, caseNumber: form.caseNumber.trim(), checklist, prefilledFrom: null },
  }
}
