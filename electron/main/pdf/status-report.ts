/**
 * The status report as PDF: `renderStatusReport(model) → bytes`, pure. A summary page with the
 * key figures, then one section per member (tier, signed date, certification, report, criteria,
 * measures). Free text from annual reports may hold characters the font lacks (an emoji); those
 * print as "?" rather than stopping the whole report.
 */
import { rgb, type PDFPage } from 'pdf-lib'
import type { StatusReportModel } from '../../shared/channels/reports'
import { PdfDocument, mm, type TextStyle } from './core/document'
import { findUnsupported } from './core/charset'
import { Flow, type PageInfo, type ParagraphStyle } from './core/layout'
import type { JobProgress } from './worker/job-types'

const MARGINS = { top: mm(25), right: mm(22), bottom: mm(22), left: mm(22) }
const GREY = rgb(0.35, 0.37, 0.4)
const ACCENT = rgb(0.12, 0.26, 0.67)
const RULE = rgb(0.8, 0.82, 0.86)

const TITLE: ParagraphStyle = { font: 'bold', size: 22, lineHeight: 28, spaceAfter: 2 }
const SUBTITLE: ParagraphStyle = { size: 11, color: GREY, lineHeight: 15, spaceAfter: 18 }
const H2: ParagraphStyle = { font: 'bold', size: 13, lineHeight: 18, spaceBefore: 14, spaceAfter: 6, color: ACCENT }
const MEMBER: ParagraphStyle = { font: 'bold', size: 12, lineHeight: 16, spaceBefore: 12, spaceAfter: 3 }
const BODY: ParagraphStyle = { size: 10, lineHeight: 14, spaceAfter: 4 }
const LABEL: TextStyle = { font: 'bold', size: 9.5 }
const VALUE: TextStyle = { size: 9.5 }
const SMALL: TextStyle = { size: 8, color: GREY }

/** Replaces every character the font cannot draw with "?". */
function printable(doc: PdfDocument, text: string, style: TextStyle = VALUE): string {
  const metrics = doc.metrics(style.font)
  if (!findUnsupported(text, metrics)) return text
  let out = ''
  for (const ch of text) out += findUnsupported(ch, metrics) ? '?' : ch
  return out
}

export async function renderStatusReport(model: StatusReportModel, progress: JobProgress = () => {}): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await PdfDocument.create({ title: `Statusrapport Næring for klima ${model.year}`, author: model.secretariatName, subject: 'Statusrapport' })
  const flow = new Flow(doc, { margins: MARGINS })
  const text = (value: string, style: ParagraphStyle = BODY) => flow.paragraph(printable(doc, value, style), style)

  flow.newPage()
  text(`Statusrapport ${model.year}`, TITLE)
  text(`Næring for klima · ${model.secretariatName} · laget ${model.generatedOn}`, SUBTITLE)
  text('Sammendrag', H2)
  labelRows(flow, doc, model.summary)
  text(`Nøkkeltall ${model.year} mot ${model.keyFigures.previousYear}`, { ...H2, keepWithNext: 60 })
  figuresTable(flow, doc, model)
  text('Andel av årets medlemmer og partnere, fra mottatte årsrapporter.', { ...BODY, size: 8.5, color: GREY })
  if (model.partnerEmissions) partnerTable(flow, doc, model.year, model.partnerEmissions)

  flow.newPage()
  text('Medlemmene', H2)
  model.members.forEach((member, i) => {
    const rows: [string, string][] = [
      ['Nivå', member.tier],
      ['Signert', member.signedDate || 'Ikke registrert'],
      ['Sertifisering', member.certification || 'Ingen oppgitt'],
      ['Årsrapport', member.reportStatus],
      ['Kriterier', member.criteria],
    ]
    flow.paragraph(printable(doc, member.name, MEMBER), { ...MEMBER, keepWithNext: rows.length * 13 + 10 })
    labelRows(flow, doc, rows)
    measures(flow, doc, 'Gjennomførte tiltak', member.measuresDone)
    measures(flow, doc, 'Planlagte tiltak', member.measuresPlanned)
    flow.block(8, (page, top) => page.drawLine({ start: { x: flow.left, y: top - 4 }, end: { x: flow.left + flow.width, y: top - 4 }, thickness: 0.5, color: RULE }))
    progress(i + 1, model.members.length, member.name)
  })
  if (model.members.length === 0) text(`Ingen virksomheter var medlem i ${model.year}.`)

  flow.finish((info) => furniture(doc, info, model.year))
  return { bytes: await doc.save(), pageCount: doc.pdf.getPageCount() }
}

/** Label and value rows; the value column starts after the widest label (at least 32 mm). */
function labelRows(flow: Flow, doc: PdfDocument, rows: readonly (readonly [string, string])[]): void {
  const widest = Math.max(0, ...rows.map(([label]) => doc.width(printable(doc, label, LABEL), LABEL)))
  const labelWidth = Math.min(flow.width * 0.55, Math.max(mm(32), widest + mm(5)))
  for (const [label, value] of rows) {
    const lines = flow.lines(printable(doc, value), { ...VALUE }, flow.width - labelWidth)
    const height = lines.length * 13 + 1
    flow.block(height, (page, top) => {
      doc.drawText(page, printable(doc, label, LABEL), flow.left, top - 9.5, LABEL)
      lines.forEach((l, i) => doc.drawText(page, l, flow.left + labelWidth, top - 9.5 - i * 13, VALUE))
    })
  }
}

function figuresTable(flow: Flow, doc: PdfDocument, model: StatusReportModel): void {
  const cols = [0, flow.width * 0.5, flow.width * 0.67, flow.width * 0.84]
  const header = ['Forventning', String(model.year), String(model.keyFigures.previousYear), 'Endring']
  const row = (cells: string[], style: TextStyle, rule: boolean) =>
    flow.block(18, (page: PDFPage, top) => {
      cells.forEach((cell, i) => doc.drawText(page, printable(doc, cell, style), flow.left + (cols[i] ?? 0), top - 12, style))
      if (rule) page.drawLine({ start: { x: flow.left, y: top - 16 }, end: { x: flow.left + flow.width, y: top - 16 }, thickness: 0.5, color: RULE })
    })
  row(header, LABEL, true)
  for (const r of model.keyFigures.rows) row([r.label, r.current, r.previous, r.change], VALUE, true)
}

/** The partners' Klimapartnere report date and tonnes CO₂e per scope, with the sum and change from last year. */
function partnerTable(flow: Flow, doc: PdfDocument, year: number, section: NonNullable<StatusReportModel['partnerEmissions']>): void {
  flow.paragraph(`Partnere: klimaregnskap gjennom Klimapartnere ${year}`, { ...H2, keepWithNext: 60 })
  const cols = [0, 0.3, 0.43, 0.55, 0.67, 0.79, 0.9].map((f) => flow.width * f)
  const row = (cells: string[], style: TextStyle, rule: boolean) =>
    flow.block(17, (page: PDFPage, top) => {
      cells.forEach((cell, i) => {
        const start = flow.left + (cols[i] ?? 0)
        const end = i + 1 < cols.length ? flow.left + (cols[i + 1] ?? 0) - 6 : flow.left + flow.width
        const value = fit(doc, printable(doc, cell, style), style, end - start)
        // Numbers line up on the right of their column; names and dates read from the left.
        const x = i >= 2 ? end - doc.width(value, style) : start
        doc.drawText(page, value, x, top - 11.5, style)
      })
      if (rule) page.drawLine({ start: { x: flow.left, y: top - 15 }, end: { x: flow.left + flow.width, y: top - 15 }, thickness: 0.5, color: RULE })
    })
  const SMALL_VALUE: TextStyle = { size: 8.5 }
  const SMALL_LABEL: TextStyle = { font: 'bold', size: 8.5 }
  row(['Partner', 'Rapportert', 'Scope 1', 'Scope 2', 'Scope 3', 'Sum', `Mot ${section.previousYear}`], SMALL_LABEL, true)
  for (const r of section.rows) row([r.name, r.reportedOn, r.scope1, r.scope2, r.scope3, r.total, r.change], SMALL_VALUE, true)
  const t = section.totals
  row([t.name, t.reportedOn, t.scope1, t.scope2, t.scope3, t.total, t.change], SMALL_LABEL, false)
  flow.paragraph(printable(doc, `Tonn CO₂e. ${section.note}`), { ...BODY, size: 8.5, color: GREY, spaceBefore: 4 })
}

/** Shortens text with "…" until it fits the width. */
function fit(doc: PdfDocument, text: string, style: TextStyle, width: number): string {
  if (doc.width(text, style) <= width) return text
  let out = text
  while (out.length > 1 && doc.width(`${out}…`, style) > width) out = out.slice(0, -1)
  return `${out.trimEnd()}…`
}

function measures(flow: Flow, doc: PdfDocument, label: string, value: string): void {
  const textValue = value.trim()
  if (!textValue) return
  flow.paragraph(label, { font: 'bold', size: 9.5, lineHeight: 13, spaceBefore: 4, spaceAfter: 1, keepWithNext: 13 })
  for (const para of textValue.split(/\n+/)) flow.paragraph(printable(doc, para), { ...BODY, size: 9.5, lineHeight: 13, spaceAfter: 2 })
}

function furniture(doc: PdfDocument, { page, index, count, size }: PageInfo, year: number): void {
  const y = mm(12)
  doc.drawText(page, `Næring for klima – statusrapport ${year}`, MARGINS.left, y, SMALL)
  const pageText = `Side ${index + 1} av ${count}`
  doc.drawText(page, pageText, size[0] - MARGINS.right - doc.width(pageText, SMALL), y, SMALL)
}
