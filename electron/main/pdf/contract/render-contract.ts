/**
 * The climate contract as PDF: `renderContract(model) → bytes`, pure. Two complete copies, each
 * marked on every page with its label and "Side x av y" counted per copy, each padded to an even
 * page count so it starts on a new sheet when printed on both sides. Place, date and both
 * signature blocks are kept together on one page.
 */
import { createHash } from 'node:crypto'
import { rgb, type PDFImage, type PDFPage } from 'pdf-lib'
import type { ContractModel } from '../../../shared/channels/contracts'
import { formatOrgNumber } from '../../../shared/org-number'
import { PdfDocument, mm, seedCharacters, type DocumentOptions, type TextStyle } from '../core/document'
import { Flow, type PageInfo, type ParagraphStyle } from '../core/layout'
import { wrapText } from '../core/text'

const MARGINS = { top: mm(28), right: mm(25), bottom: mm(25), left: mm(25) }
const GREY = rgb(0.35, 0.37, 0.4)
const RULE = rgb(0.15, 0.15, 0.15)

const TITLE: ParagraphStyle = { font: 'bold', size: 22, lineHeight: 28, spaceAfter: 4 }
const SUBTITLE: ParagraphStyle = { size: 11, color: GREY, lineHeight: 15, spaceAfter: 22 }
const HEADING: ParagraphStyle = { font: 'bold', size: 11.5, lineHeight: 16, spaceBefore: 12, spaceAfter: 4 }
const BODY: ParagraphStyle = { size: 10.5, lineHeight: 15.5, spaceAfter: 7 }
const BULLET: ParagraphStyle = { ...BODY, indent: 16, bullet: '•', spaceAfter: 3 }
const SMALL: TextStyle = { size: 8.5, color: GREY }

export const copyLabels = (model: ContractModel): [string, string] => [
  'Eksemplar 1 av 2 – Oslo kommune',
  `Eksemplar 2 av 2 – ${model.organisation.name}`,
]

/** Renders one contract (two copies) into its own PDF; a batch passes its characters (see `batchCharacters`). */
export async function renderContract(model: ContractModel, options: DocumentOptions = {}): Promise<Uint8Array> {
  const doc = await PdfDocument.create({ title: `Klimakontrakt – ${model.organisation.name}`, author: 'Oslo kommune' }, options)
  const images = new Map<string, PDFImage>()
  await addContract(doc, model, images)
  return doc.save()
}

/** Adds both copies of one contract to a document; merged batches call this once per contract. */
export async function addContract(doc: PdfDocument, model: ContractModel, images: Map<string, PDFImage>): Promise<void> {
  const logo = model.logo ? await embedLogo(doc, model.logo, images) : null
  for (const label of copyLabels(model)) {
    const flow = new Flow(doc, { margins: MARGINS })
    drawCopy(flow, model, logo)
    flow.finish((info) => furniture(doc, info, label, true))
    if (flow.pages.length % 2 === 1) {
      const blank = doc.addPage(flow.size)
      furniture(doc, { page: blank, index: 0, count: 0, size: flow.size }, label, false)
    }
  }
}

/** Every text a contract draws besides its model's: labels, footers, page numbers, separators. */
const FIXED_TEXT = ['Eksemplar 1 av 2 – Oslo kommune', 'Eksemplar 2 av 2 – ', 'Klimakontrakt – Næring for klima', 'Side 0123456789 av', 'Intensjonsavtale om deltakelse i Næring for klima', 'Partene v/ og Org.nr. · For , ____________________ •']

function textsOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out)
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) for (const v of Object.values(value)) textsOf(v, out)
  return out
}

/** The characters of a whole batch, so each of its files gets the same font subsets, made once. */
export function batchCharacters(models: ContractModel[]): string {
  const texts = textsOf(models, [...FIXED_TEXT])
  for (const model of models) texts.push(formatOrgNumber(model.organisation.orgNumber))
  return seedCharacters(texts)
}

async function embedLogo(doc: PdfDocument, logo: NonNullable<ContractModel['logo']>, images: Map<string, PDFImage>): Promise<PDFImage> {
  const key = createHash('sha1').update(logo.bytes).digest('hex')
  let image = images.get(key)
  if (!image) {
    image = logo.mimeType === 'image/png' ? await doc.pdf.embedPng(logo.bytes) : await doc.pdf.embedJpg(logo.bytes)
    images.set(key, image)
  }
  return image
}

function drawCopy(flow: Flow, model: ContractModel, logo: PDFImage | null): void {
  flow.newPage()
  if (logo) {
    const scale = Math.min(mm(50) / logo.width, mm(18) / logo.height)
    const [w, h] = [logo.width * scale, logo.height * scale]
    flow.block(h + mm(8), (page, top) => page.drawImage(logo, { x: flow.left, y: top - h, width: w, height: h }))
  }
  flow.paragraph(model.title, TITLE)
  flow.paragraph('Intensjonsavtale om deltakelse i Næring for klima', SUBTITLE)

  drawParties(flow, model)
  for (const block of model.body) {
    if (block.kind === 'heading') flow.paragraph(block.text, { ...HEADING, keepWithNext: BODY.size * 3 })
    else if (block.kind === 'paragraph') flow.paragraph(block.text, BODY)
    else {
      for (const item of block.items) flow.paragraph(item, BULLET)
      flow.space(4)
    }
  }
  drawSignatures(flow, model)
}

function drawParties(flow: Flow, model: ContractModel): void {
  const org = model.organisation
  const party: ParagraphStyle = { ...BODY, font: 'bold', spaceAfter: 0 }
  const detail: ParagraphStyle = { ...BODY, color: GREY, spaceAfter: 0 }
  flow.paragraph('Partene', { ...HEADING, spaceBefore: 0, keepWithNext: 60 })
  flow.paragraph('Oslo kommune', party)
  flow.paragraph(['v/', model.commissioner.title, model.commissioner.name].filter(Boolean).join(' '), detail)
  flow.paragraph('og', { ...BODY, spaceBefore: 6, spaceAfter: 6 })
  flow.paragraph(org.name, party)
  const details = [org.orgNumber ? `Org.nr. ${formatOrgNumber(org.orgNumber)}` : '', org.addressLines.join(', ')].filter(Boolean)
  if (details.length) flow.paragraph(details.join(' · '), detail)
  flow.space(BODY.spaceAfter ?? 0)
}

/** Place, date and both signature blocks, kept together on one page, lines aligned. */
function drawSignatures(flow: Flow, model: ContractModel): void {
  const gap = mm(14)
  const column = (flow.width - gap) / 2
  const name: ParagraphStyle = { font: 'bold', size: 10.5, lineHeight: 14 }
  const title: ParagraphStyle = { size: 9.5, lineHeight: 13, color: GREY }
  const party: ParagraphStyle = { font: 'bold', size: 9.5, lineHeight: 13 }
  const columns = [
    { party: 'For Oslo kommune', ...model.commissioner },
    { party: `For ${model.organisation.name}`, ...model.signatory },
  ].map((c) => ({
    party: flow.lines(c.party, party, column),
    name: flow.lines(c.name || ' ', name, column),
    title: flow.lines(c.title, title, column),
  }))
  const partyHeight = Math.max(...columns.map((c) => c.party.length)) * 13
  const signSpace = mm(20)
  const underHeight = Math.max(...columns.map((c) => c.name.length * 14 + c.title.length * 13))
  const dateLine = 15.5
  const height = mm(10) + dateLine + mm(8) + partyHeight + signSpace + 6 + underHeight
  const place = model.dateInWords ? `${model.place}, ${model.dateInWords}` : `${model.place}, ____________________`

  flow.block(height, (page, top) => {
    const doc = flow.doc
    let y = top - mm(10) - BODY.size
    doc.drawText(page, place, flow.left, y, BODY)
    y -= dateLine + mm(8)
    columns.forEach((c, i) => {
      const x = flow.left + i * (column + gap)
      let py = y
      for (const l of c.party) {
        doc.drawText(page, l, x, py, party)
        py -= 13
      }
      const lineY = y - partyHeight - signSpace + 13
      page.drawLine({ start: { x, y: lineY }, end: { x: x + column, y: lineY }, thickness: 0.6, color: RULE })
      let ny = lineY - 6 - name.size
      for (const l of c.name) {
        doc.drawText(page, l, x, ny, name)
        ny -= 14
      }
      for (const l of c.title) {
        doc.drawText(page, l, x, ny, title)
        ny -= 13
      }
    })
  })
}

function furniture(doc: PdfDocument, info: PageInfo, label: string, numbered: boolean): void {
  const { page, size } = info
  const width = size[0] - MARGINS.left - MARGINS.right
  const labelLines = wrapText(label, doc.metrics(), SMALL.size, width * 0.75)
  let y = size[1] - mm(14)
  for (const l of labelLines) {
    doc.drawText(page, l, MARGINS.left, y, SMALL)
    y -= 11
  }
  drawRule(page, MARGINS.left, size[0] - MARGINS.right, size[1] - mm(14) - 11 * (labelLines.length - 1) - 5)
  // The padding page carries only the copy label.
  if (!numbered) return
  const footerY = mm(13)
  doc.drawText(page, 'Klimakontrakt – Næring for klima', MARGINS.left, footerY, SMALL)
  const text = `Side ${info.index + 1} av ${info.count}`
  doc.drawText(page, text, size[0] - MARGINS.right - doc.width(text, SMALL), footerY, SMALL)
}

function drawRule(page: PDFPage, from: number, to: number, y: number): void {
  page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness: 0.4, color: rgb(0.75, 0.77, 0.8) })
}
