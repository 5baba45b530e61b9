/**
 * Annual reports: the year's table of members and their reports, the per-organisation checklist
 * (prefilled from last year), status changes and the attached report file.
 */
import { buildYear, type YearSnapshot } from '../../domain/criteria/build-year'
import { emptyChecklist, prefillFrom, withChecklist } from '../../domain/report/report-rules'
import { db } from '../db'
import type { AnnualReport, Attachment, BaseRecord, Organisation, DateOnly, ReportChecklist, ReportStatus } from '../models'
import { audit, diffRecords, newRecord, nfc, nowIso } from './base'
import { loadSettings } from './settings-repo'

/** Everything a reporting year needs, read in one go (safe inside a live query: reads only). */
export async function loadYear(year: number, today: DateOnly): Promise<YearSnapshot> {
  const d = db()
  const [settings, organisations, statusEvents, people, contracts, events, registrations, annualReports] = await Promise.all([
    loadSettings(),
    d.organisations.toArray(),
    d.statusEvents.toArray(),
    d.people.toArray(),
    d.contracts.toArray(),
    d.events.toArray(),
    d.registrations.toArray(),
    d.annualReports.toArray(),
  ])
  return buildYear(year, today, settings, { organisations, statusEvents, people, contracts, events, registrations, annualReports })
}

async function findReport(organisationId: string, year: number): Promise<AnnualReport | undefined> {
  const rows = await db().annualReports.where('[organisationId+year]').equals([organisationId, year]).toArray()
  return rows.find((r) => r.deletedAt === null)
}

export type ReportDraft = {
  organisation: Organisation | null
  report: AnnualReport | null
  checklist: ReportChecklist
  /** The year the shown checklist was copied from, when it has not been saved for this year yet. */
  prefilledFrom: number | null
  attachmentName: string | null
}

/** The report as the form should show it: saved, or prefilled from last year's, or empty. */
export async function loadReportDraft(organisationId: string, year: number): Promise<ReportDraft> {
  const found = await db().organisations.get(organisationId)
  const organisation = found && found.deletedAt === null ? found : null
  const report = (await findReport(organisationId, year)) ?? null
  const attachment = report?.attachmentId ? await db().attachments.get(report.attachmentId) : undefined
  const attachmentName = attachment && attachment.deletedAt === null ? attachment.name : null
  if (report?.checklist) return { organisation, report, checklist: withChecklist(report), prefilledFrom: report.prefilledFrom ?? null, attachmentName }
  const last = await findReport(organisationId, year - 1)
  if (last?.checklist) return { organisation, report, checklist: prefillFrom(withChecklist(last)), prefilledFrom: year - 1, attachmentName }
  return { organisation, report, checklist: emptyChecklist(), prefilledFrom: null, attachmentName }
}

export type ReportChange = {
  status: ReportStatus
  receivedDate: DateOnly | null
  caseNumber: string
  checklist: ReportChecklist
  /** Still only prefilled (the user has not reviewed it): keep the mark. */
  prefilledFrom: number | null
}

async function upsert(organisationId: string, year: number, change: Partial<AnnualReport>, summary: string): Promise<AnnualReport> {
  const d = db()
  return d.transaction('rw', [d.annualReports, d.auditLog, d.device], async () => {
    const before = await findReport(organisationId, year)
    if (!before) {
      const created = newRecord<Omit<AnnualReport, keyof BaseRecord>>({
        organisationId,
        year,
        status: 'ikke-mottatt',
        receivedDate: null,
        caseNumber: '',
        data: {},
        checklist: emptyChecklist(),
        prefilledFrom: null,
        attachmentId: null,
        ...nfc(change),
      })
      await d.annualReports.add(created)
      await audit('annualReports', created.id, 'create', summary, diffRecords(undefined, created))
      return created
    }
    const next: AnnualReport = { ...before, ...nfc(change), updatedAt: nowIso() }
    const changes = diffRecords(before, next)
    if (Object.keys(changes).length === 0) return before
    await d.annualReports.put(next)
    await audit('annualReports', next.id, 'update', summary, changes)
    return next
  })
}

export async function saveReport(organisationId: string, year: number, change: ReportChange): Promise<AnnualReport> {
  return upsert(organisationId, year, change, `Årsrapport ${year} lagret`)
}

export type ReportReceipt = { status: ReportStatus; receivedDate: DateOnly | null }

/**
 * Quick status change from the year's table; "mottatt" without a date gets today's. Returns the
 * receipt as it was before, so the change can be undone with `restoreReportReceipt`.
 */
export async function setReportStatus(organisationId: string, year: number, status: ReportStatus, today: DateOnly): Promise<ReportReceipt> {
  const before = await findReport(organisationId, year)
  const receivedDate = status === 'ikke-mottatt' ? null : (before?.receivedDate ?? (status === 'ma-folges-opp' ? null : today))
  await upsert(organisationId, year, { status, receivedDate }, `Årsrapport ${year}: status endret`)
  return { status: before?.status ?? 'ikke-mottatt', receivedDate: before?.receivedDate ?? null }
}

/** Puts back a receipt returned by `setReportStatus` (the undo of a status change). */
export async function restoreReportReceipt(organisationId: string, year: number, receipt: ReportReceipt): Promise<void> {
  await upsert(organisationId, year, receipt, `Årsrapport ${year}: statusendring angret`)
}

/** Attaches the received report file, replacing (soft-deleting) an earlier one. */
export async function attachReportFile(
  organisationId: string,
  year: number,
  file: { name: string; mimeType: string; bytes: Uint8Array },
): Promise<AnnualReport> {
  const d = db()
  return d.transaction('rw', [d.annualReports, d.attachments, d.auditLog, d.device], async () => {
    const report = await upsert(organisationId, year, {}, `Årsrapport ${year} opprettet`)
    if (report.attachmentId) {
      const old = await d.attachments.get(report.attachmentId)
      if (old) await d.attachments.put({ ...old, deletedAt: nowIso(), updatedAt: nowIso() })
    }
    const attachment: Attachment = newRecord({ ownerTable: 'annualReports', ownerId: report.id, ...file })
    await d.attachments.add(attachment)
    await audit('attachments', attachment.id, 'create', `Fil til årsrapport ${year}: ${attachment.name}`)
    return upsert(organisationId, year, { attachmentId: attachment.id }, `Årsrapport ${year}: fil lagt ved`)
  })
}

/** An organisation's annual reports, newest year first. */
export async function listReportsFor(organisationId: string): Promise<AnnualReport[]> {
  const rows = await db().annualReports.where('organisationId').equals(organisationId).toArray()
  return rows.filter((r) => r.deletedAt === null).sort((a, b) => b.year - a.year)
}

/** Whether the organisation is a partner now or was one at some point (its tier history says so). */
export async function wasPartner(organisationId: string): Promise<boolean> {
  const org = await db().organisations.get(organisationId)
  if (!org) return false
  return org.tier === 'partner' || (org.tierHistory ?? []).some((c) => c.to === 'partner' || c.from === 'partner')
}
