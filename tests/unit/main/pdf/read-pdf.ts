/** Reads a PDF back the way a viewer would: pdf.js text per page, with positions. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type TextItem = { text: string; x: number; y: number; width: number }
export type PdfPageText = { text: string; items: TextItem[]; width: number; height: number }
export type PdfText = { pages: string[]; details: PdfPageText[]; all: string }

export async function extractText(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
  const pdf = await task.promise
  const details: PdfPageText[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const lines: string[] = []
    const items: TextItem[] = []
    let line = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      if (item.str) items.push({ text: item.str.normalize('NFC'), x: item.transform[4] as number, y: item.transform[5] as number, width: item.width })
      line += item.str
      if (item.hasEOL) {
        lines.push(line)
        line = ''
      } else line += ' '
    }
    if (line) lines.push(line)
    details.push({ text: lines.map((l) => l.trim()).join('\n').normalize('NFC'), items, width, height })
  }
  await pdf.destroy()
  const pages = details.map((d) => d.text)
  return { pages, details, all: pages.join('\n') }
}
