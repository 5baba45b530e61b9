/**
 * Climate contracts: 130 contracts (two copies each) merged into one file, and as 130 files, each
 * against the floor: the same Norwegian-only text drawn with pdf-lib's Helvetica in this run.
 * Targets: merged ≤ 1.5× (issue 4); separate files ≤ 2× (issue 17: the batch's font subset is made once).
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import { it } from 'vitest'
import { renderContractBatch } from '../electron/main/pdf/contract/batch'
import type { ContractModel } from '../electron/shared/channels/contracts'
import { recordRuns, timesMs } from './lib/record'

const COUNT = 130
const body: ContractModel['body'] = [
  { kind: 'heading', text: 'Formål' },
  { kind: 'paragraph', text: 'Oslo kommune har som mål å kutte de direkte klimagassutslippene i Oslo med 95 prosent innen 2030. Næring for klima er et klimasamarbeid mellom Oslo kommune og virksomheter i Osloregionen, der virksomhetene bidrar til å nå målet og deler erfaringer med hverandre.' },
  { kind: 'heading', text: 'Virksomhetens forpliktelser' },
  { kind: 'paragraph', text: 'Ved å signere denne klimakontrakten forplikter virksomheten seg til å oppfylle medlemskriteriene i Næring for klima:' },
  { kind: 'bullets', items: ['støtter Oslos klimamål og vil arbeide aktivt for å kutte egne og andres utslipp', 'driver virksomhet i Oslo eller indre Stor-Oslo, eller har konkrete planer om det', 'har klimaarbeidet forankret i toppledelsen og prioriterer toppledermøtene', 'har gjennomført eller planlagt tiltak for å kutte utslipp', 'leverer årsrapport til nettverket hvert år', 'deltar på minst ett nettverksmøte hvert år'] },
  { kind: 'heading', text: 'Oslo kommunes forpliktelser' },
  { kind: 'paragraph', text: 'Oslo kommune driver nettverket gjennom sekretariatet, arrangerer nettverksmøter og toppledermøter, og deler kunnskap om klimatiltak med medlemmene.' },
  { kind: 'heading', text: 'Varighet' },
  { kind: 'paragraph', text: 'Avtalen gjelder fra signering og løper til en av partene skriftlig sier den opp. Medlemskapet er gratis.' },
]

const models: ContractModel[] = Array.from({ length: COUNT }, (_, i) => ({
  title: 'Klimakontrakt',
  organisation: { name: `Grønn Omstilling nummer ${i + 1} AS`, orgNumber: '923609016', addressLines: ['Storgata 1', '0155 Oslo'] },
  commissioner: { name: 'Marit Vea', title: 'byråd for miljø og samferdsel' },
  signatory: { name: `Kari Nordmann ${i + 1}`, title: 'administrerende direktør' },
  place: 'Oslo',
  dateInWords: '3. juni 2027',
  body,
  logo: null,
  templateVersion: 1,
}))

/** The floor: pdf-lib used plainly with Helvetica (no caches needed, no font to embed). */
async function helveticaContract(pdf: PDFDocument, font: PDFFont, bold: PDFFont, model: ContractModel): Promise<void> {
  for (const label of ['Eksemplar 1 av 2 – Oslo kommune', `Eksemplar 2 av 2 – ${model.organisation.name}`]) {
    let page: PDFPage = pdf.addPage([595.28, 841.89])
    let y = 760
    const pages = [page]
    const write = (text: string, f: PDFFont, size: number, indent = 0) => {
      let line = ''
      let width = 0
      const space = f.widthOfTextAtSize(' ', size)
      const flush = () => {
        if (y < 80) {
          page = pdf.addPage([595.28, 841.89])
          pages.push(page)
          y = 760
        }
        page.drawText(line, { x: 71 + indent, y, size, font: f })
        y -= size * 1.45
        line = ''
        width = 0
      }
      // Each word measured once (Helvetica's widths are a table lookup), lines built greedily.
      for (const word of text.split(' ')) {
        const w = f.widthOfTextAtSize(word, size)
        if (line && width + space + w > 453 - indent) flush()
        width += (line ? space : 0) + w
        line = line ? `${line} ${word}` : word
      }
      if (line) flush()
    }
    write(model.title, bold, 22)
    write(`Oslo kommune v/ ${model.commissioner.title} ${model.commissioner.name}`, bold, 10.5)
    write(`${model.organisation.name}, org.nr. ${model.organisation.orgNumber}`, bold, 10.5)
    for (const block of model.body) {
      if (block.kind === 'heading') write(block.text, bold, 11.5)
      else if (block.kind === 'paragraph') write(block.text, font, 10.5)
      else for (const item of block.items) write(item, font, 10.5, 16)
    }
    write(`${model.place}, ${model.dateInWords}`, font, 10.5)
    write(`${model.commissioner.name} ${model.signatory.name}`, bold, 10.5)
    pages.forEach((p, i) => {
      p.drawText(label, { x: 71, y: 800, size: 8.5, font })
      p.drawText(`Side ${i + 1} av ${pages.length}`, { x: 480, y: 37, size: 8.5, font })
    })
    if (pages.length % 2) pdf.addPage([595.28, 841.89]).drawText(label, { x: 71, y: 800, size: 8.5, font })
  }
}

async function helveticaDocument(batch: ContractModel[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  for (const model of batch) await helveticaContract(pdf, font, bold, model)
  return pdf.save({ useObjectStreams: true })
}

const noProgress = () => {}

it('renders 130 contracts merged and as separate files within the targets', async () => {
  // Warm both paths once so module loading and JIT do not count against either side.
  await helveticaDocument(models.slice(0, 2))
  await renderContractBatch({ contracts: models.slice(0, 2), merged: true, separate: true }, noProgress)

  const mergedFloor = await timesMs(3, () => helveticaDocument(models))
  const merged = await timesMs(3, () => renderContractBatch({ contracts: models, merged: true, separate: false }, noProgress))
  recordRuns({ name: 'contracts: 130 merged', target: 1.5, app: merged, floor: mergedFloor, floorLabel: 'Helvetica' })

  const separateFloor = await timesMs(3, async () => {
    for (const model of models) await helveticaDocument([model])
  })
  const separate = await timesMs(3, () => renderContractBatch({ contracts: models, merged: false, separate: true }, noProgress))
  recordRuns({ name: 'contracts: 130 files', target: 2, app: separate, floor: separateFloor, floorLabel: 'Helvetica' })
})
