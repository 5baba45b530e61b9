/**
 * The participant list for the door, on paper: organisations in Norwegian order, their people
 * under each, and a signature column. Pure: model in, PDF bytes out.
 */
import { rgb, type PDFPage } from 'pdf-lib'
import type { ParticipantListModel } from '../../../shared/channels/events'
import { Flow, mm, PdfDocument, type TextStyle } from '..'

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
const GREY = rgb(0.42, 0.45, 0.5)
const RULE = rgb(0.75, 0.77, 0.8)
const ROW = 24
const HEADING = 26

const body: TextStyle = { size: 10.5 }
const small: TextStyle = { size: 9, color: GREY }
const bold: TextStyle = { size: 11, font: 'bold' }

/** Organisations and people in the order the list prints them. */
export function orderParticipants(model: ParticipantListModel): ParticipantListModel['organisations'] {
  return [...model.organisations]
    .filter((o) => o.people.length > 0)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((o) => ({ ...o, people: [...o.people].sort((a, b) => collator.compare(a.name, b.name)) }))
}

export async function renderParticipantList(model: ParticipantListModel): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await PdfDocument.create({ title: `Deltakerliste – ${model.eventTitle}`, subject: model.dateLine })
  const flow = new Flow(doc, { margins: { top: mm(18), right: mm(16), bottom: mm(20), left: mm(16) } })
  const columns = { name: flow.left, role: flow.left + flow.width * 0.4, sign: flow.left + flow.width * 0.6, end: flow.left + flow.width }
  const fit = (text: string, style: TextStyle, width: number): string => {
    if (doc.width(text, style) <= width) return text
    let cut = text
    while (cut.length > 1 && doc.width(`${cut}…`, style) > width) cut = cut.slice(0, -1)
    return `${cut}…`
  }
  const rule = (page: PDFPage, y: number, color = RULE) =>
    page.drawLine({ start: { x: columns.name, y }, end: { x: columns.end, y }, thickness: 0.6, color })
  const header = () =>
    flow.block(ROW, (page, top) => {
      doc.drawText(page, 'Navn', columns.name, top - 14, { ...small, font: 'bold' })
      doc.drawText(page, 'Rolle', columns.role, top - 14, { ...small, font: 'bold' })
      doc.drawText(page, 'Signatur', columns.sign, top - 14, { ...small, font: 'bold' })
      rule(page, top - ROW + 4, GREY)
    })
  /** A block that starts a new page repeats the column header first. */
  const rowBlock = (height: number, draw: (page: PDFPage, top: number) => void) => {
    const before = flow.pages.length
    flow.ensure(height)
    if (flow.pages.length !== before) header()
    flow.block(height, draw)
  }

  const organisations = orderParticipants(model)
  const people = organisations.reduce((n, o) => n + o.people.length, 0)
  flow.paragraph('Deltakerliste', { size: 20, font: 'bold', spaceAfter: 4 })
  flow.paragraph(model.eventTitle, { size: 13, font: 'bold', spaceAfter: 2 })
  flow.paragraph([model.dateLine, model.place].filter(Boolean).join(' · '), { size: 10.5, spaceAfter: 2 })
  flow.paragraph(`${people} ${people === 1 ? 'person' : 'personer'} fra ${organisations.length} ${organisations.length === 1 ? 'virksomhet' : 'virksomheter'}`, {
    ...small,
    spaceAfter: 10,
  })
  header()
  if (organisations.length === 0) flow.paragraph('Ingen påmeldte ennå.', { ...body, spaceBefore: 8 })

  for (const org of organisations) {
    org.people.forEach((person, i) => {
      const withHeading = i === 0
      rowBlock((withHeading ? HEADING : 0) + ROW, (page, top) => {
        let y = top
        if (withHeading) {
          doc.drawText(page, fit(org.name, bold, flow.width), columns.name, y - 18, bold)
          y -= HEADING
        }
        doc.drawText(page, fit(person.name, body, columns.role - columns.name - 8), columns.name + 8, y - 15, body)
        doc.drawText(page, fit(person.role, small, columns.sign - columns.role - 8), columns.role, y - 15, small)
        rule(page, y - ROW + 3)
      })
    })
  }

  flow.finish(({ page, index, count }) => {
    const y = mm(10)
    doc.drawText(page, fit(`Deltakerliste – ${model.eventTitle}`, small, flow.width * 0.7), columns.name, y, small)
    const label = `Side ${index + 1} av ${count}`
    doc.drawText(page, label, columns.end - doc.width(label, small), y, small)
  })
  return { bytes: await doc.save(), pageCount: flow.pages.length }
}
