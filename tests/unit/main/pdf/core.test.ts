import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { Flow, PdfDocument, UnsupportedCharacterError, fontMetrics, mm, runPdfJob, textWidth, wrapText } from '../../../../electron/main/pdf'
import { sampleContract } from './contract-fixtures'
import { extractText } from './read-pdf'

const margins = { top: mm(25), right: mm(25), bottom: mm(25), left: mm(25) }

describe('wrapText', () => {
  const font = fontMetrics('regular')

  it('keeps every line within the width and loses no word', () => {
    const text = 'Næring for klima er et klimasamarbeid mellom Oslo kommune og virksomheter i Osloregionen. '.repeat(5)
    const lines = wrapText(text, font, 11, 200)
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) expect(textWidth(line, font, 11)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe(text.trim())
  })

  it('breaks a word longer than the line between letters', () => {
    const word = 'Klimagassutslippsreduksjonsforpliktelsesdokumentasjonssystemleverandøren'
    const lines = wrapText(word, font, 12, 100)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(textWidth(line, font, 12)).toBeLessThanOrEqual(100)
    expect(lines.join('')).toBe(word)
  })

  it('starts a new line at every newline', () => {
    expect(wrapText('Første linje\nAndre linje', font, 10, 500)).toEqual(['Første linje', 'Andre linje'])
  })

  it('measures bold wider than regular', () => {
    expect(textWidth('Klimakontrakt', fontMetrics('bold'), 10)).toBeGreaterThan(textWidth('Klimakontrakt', font, 10))
  })
})

describe('PdfDocument and Flow', () => {
  it('flows long text onto new pages and numbers them when the count is known', async () => {
    const doc = await PdfDocument.create({ title: 'Prøve' })
    const flow = new Flow(doc, { margins })
    for (let i = 1; i <= 60; i++) flow.paragraph(`Avsnitt ${i}: Čáhppes Đuoddar ŋŧž og Świętokrzyskie – ${'tekst '.repeat(20)}`, { size: 10.5 })
    flow.finish(({ page, index, count }) => doc.drawText(page, `Side ${index + 1} av ${count}`, mm(25), mm(12), { size: 8 }))
    const bytes = await doc.save()
    const text = await extractText(bytes)
    expect(text.pages.length).toBeGreaterThan(2)
    text.pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${text.pages.length}`))
    expect(text.all).toContain('Avsnitt 60: Čáhppes Đuoddar ŋŧž og Świętokrzyskie')
  })

  it('keeps a block together on one page', async () => {
    const doc = await PdfDocument.create({ title: 'Blokk' })
    const flow = new Flow(doc, { margins })
    flow.space(0)
    flow.paragraph('Innledning', { size: 10 })
    flow.space(flow.remaining - 50)
    flow.block(120, (page, top) => {
      doc.drawText(page, 'Blokk linje 1', flow.left, top - 10, { size: 10 })
      doc.drawText(page, 'Blokk linje 2', flow.left, top - 110, { size: 10 })
    })
    const text = await extractText(await doc.save())
    expect(text.pages).toHaveLength(2)
    expect(text.pages[1]).toContain('Blokk linje 1')
    expect(text.pages[1]).toContain('Blokk linje 2')
  })

  it('moves a heading that would stand alone at the foot of a page to the next page, with its text', async () => {
    const doc = await PdfDocument.create({ title: 'Overskrift' })
    const flow = new Flow(doc, { margins })
    flow.paragraph('Første side', { size: 10 })
    flow.space(flow.remaining - 30)
    flow.paragraph('3. Varighet', { font: 'bold', size: 12, keepWithNext: 30 })
    flow.paragraph('Avtalen gjelder fra signering.', { size: 10 })
    const text = await extractText(await doc.save())
    expect(text.pages[0]).not.toContain('3. Varighet')
    expect(text.pages[1]).toContain('3. Varighet\nAvtalen gjelder fra signering.')
  })

  it('refuses a character the font lacks, naming it, instead of drawing a blank', async () => {
    const doc = await PdfDocument.create({ title: 'Tegn' })
    const page = doc.addPage()
    const attempt = () => doc.drawText(page, 'Firma 漢 AS', 50, 700, { size: 10 })
    expect(attempt).toThrow(UnsupportedCharacterError)
    expect(attempt).toThrow(/«漢» \(U\+6F22\)/)
  })

  it('embeds each font once per document, as a subset', async () => {
    const doc = await PdfDocument.create({ title: 'Skrift' })
    const flow = new Flow(doc, { margins })
    for (let i = 0; i < 30; i++) flow.paragraph(`Side med tekst ${i} ${'ord '.repeat(100)}`, { size: 10, font: i % 2 ? 'bold' : 'regular' })
    const bytes = await doc.save()
    const pdf = await PDFDocument.load(bytes)
    const fontFiles = pdf.context
      .enumerateIndirectObjects()
      .filter(([, obj]) => obj instanceof PDFDict && obj.get(PDFName.of('FontFile2')) !== undefined)
    expect(fontFiles).toHaveLength(2)
    // The full DejaVu Sans is ~750 KB; subsets of two fonts stay far smaller.
    expect(bytes.byteLength).toBeLessThan(120_000)
  })
})

describe('runPdfJob', () => {
  it('renders in-process when no built worker exists, reporting progress', async () => {
    const seen: string[] = []
    const output = await runPdfJob(
      'contracts',
      { contracts: [sampleContract(), sampleContract({ organisation: { name: 'Ølberg AS', orgNumber: '', addressLines: [] } })], merged: true, separate: true },
      { workerFile: null, onProgress: (done, total, label) => seen.push(`${done}/${total} ${label}`) },
    )
    expect(seen).toEqual(['1/4 Čáhppes Đuoddar ŋŧž AS', '2/4 Ølberg AS', '3/4 Čáhppes Đuoddar ŋŧž AS', '4/4 Ølberg AS'])
    expect(output.separate).toHaveLength(2)
    expect(output.pageCount).toBe(8)
  })
})
