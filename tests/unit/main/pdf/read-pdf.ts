/** Reads a PDF back the way a viewer would: pdf.js text per page, pdf-lib for structure. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfText = { pages: string[]; all: string }

export async function extractText(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
  const pdf = await task.promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    const lines: string[] = []
    let line = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      line += item.str
      if (item.hasEOL) {
        lines.push(line)
        line = ''
      } else line += ' '
    }
    if (line) lines.push(line)
    pages.push(lines.map((l) => l.trim()).join('\n').normalize('NFC'))
  }
  await pdf.destroy()
  return { pages, all: pages.join('\n') }
}
