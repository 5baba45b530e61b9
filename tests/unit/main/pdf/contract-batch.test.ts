/**
 * 130 separate contract files share one font subset per font, compressed once: every file must
 * still carry its own complete font and a text map that reads back as its own names (its own
 * file, so the shared font and the caches start fresh).
 */
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { expect, it } from 'vitest'
import { renderContractBatch } from '../../../../electron/main/pdf/contract/batch'
import { sampleContract } from './contract-fixtures'
import { extractText } from './read-pdf'

/** The compressed font files and ToUnicode maps of one PDF, in the order its fonts are found. */
async function fontStreams(bytes: Uint8Array): Promise<{ files: Uint8Array[]; maps: Uint8Array[] }> {
  const pdf = await PDFDocument.load(bytes)
  const files: Uint8Array[] = []
  const maps: Uint8Array[] = []
  const stream = (ref: unknown) => (ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined)
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue
    const file = stream(object.get(PDFName.of('FontFile2')))
    if (file instanceof PDFRawStream) files.push(file.contents)
    const map = stream(object.get(PDFName.of('ToUnicode')))
    if (map instanceof PDFRawStream) maps.push(map.contents)
  }
  return { files, maps }
}

it('gives each separate file the batch’s fonts, the same compressed bytes in each, and its own readable names', async () => {
  const names = ['Ruoŧŧa Energi AS', 'Łódź Zielona Energia AS', 'Grønn Omstilling AS']
  const contracts = names.map((name, i) => {
    const model = sampleContract()
    return { ...model, organisation: { ...model.organisation, name }, signatory: { ...model.signatory, name: `Signatar ${i} Ŋuolla` } }
  })
  const { separate } = await renderContractBatch({ contracts, merged: false, separate: true }, () => {})
  expect(separate).toHaveLength(3)
  const streams = await Promise.all(separate.map(fontStreams))
  for (const { files, maps } of streams) {
    expect(files).toHaveLength(2)
    expect(maps).toHaveLength(2)
  }
  // Made once for the batch: every file holds exactly the first file's compressed fonts and maps.
  for (const { files, maps } of streams.slice(1)) {
    expect(files).toEqual(streams[0]!.files)
    expect(maps).toEqual(streams[0]!.maps)
  }
  for (const [i, bytes] of separate.entries()) {
    const { all } = await extractText(bytes)
    expect(all).toContain(names[i])
    expect(all).toContain(`Signatar ${i} Ŋuolla`)
    for (const other of names.filter((n) => n !== names[i])) expect(all).not.toContain(other)
  }
})
