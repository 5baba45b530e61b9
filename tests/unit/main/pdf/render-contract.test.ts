import { mkdirSync, writeFileSync } from 'node:fs'
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { renderContract } from '../../../../electron/main/pdf/contract/render-contract'
import { UnsupportedCharacterError, fontMetrics } from '../../../../electron/main/pdf'
import { sampleBody, sampleContract } from './contract-fixtures'
import { extractText, type PdfText } from './read-pdf'

const COPY_1 = 'Eksemplar 1 av 2 – Oslo kommune'
const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

/** Splits the pages into the two copies by their label. */
function copies(text: PdfText, orgName: string): [string[], string[]] {
  const first = text.pages.filter((p) => p.includes(COPY_1))
  const second = text.pages.filter((p) => p.includes(`Eksemplar 2 av 2 – ${orgName}`))
  return [first, second]
}

/** Saved for looking at with pdftoppm; not part of any assertion. */
function keep(name: string, bytes: Uint8Array): void {
  mkdirSync('test-results', { recursive: true })
  writeFileSync(`test-results/${name}.pdf`, bytes)
}

const longBody = [...sampleBody, ...sampleBody, ...sampleBody, ...sampleBody, ...sampleBody]

describe('renderContract', () => {
  it('holds two complete copies, each labelled on every page with its own page numbers', async () => {
    const model = sampleContract()
    const bytes = await renderContract(model)
    keep('contract-short', bytes)
    const text = await extractText(bytes)
    const [first, second] = copies(text, model.organisation.name)
    expect(first.length + second.length).toBe(text.pages.length)
    expect(first.length).toBe(second.length)
    for (const copy of [first, second]) {
      expect(copy[0]).toContain('Klimakontrakt')
      expect(copy.join('\n')).toContain('deltar på minst ett nettverksmøte hvert år')
      expect(copy.join('\n')).toContain('Oslo, 3. juni 2027')
      expect(copy.join('\n')).toContain('Marit Vea')
      expect(copy.join('\n')).toContain('Ánde Šošoŧ')
    }
  })

  it('extracts Sami letters in names exactly as given', async () => {
    const text = await extractText(await renderContract(sampleContract()))
    expect(text.all).toContain('Čáhppes Đuoddar ŋŧž AS')
    expect(text.all).toContain('Eksemplar 2 av 2 – Čáhppes Đuoddar ŋŧž AS')
    expect(text.all).toContain('Ánde Šošoŧ')
  })

  it('pads each copy to an even page count with a page carrying only the copy label', async () => {
    const model = sampleContract({ body: longBody })
    const bytes = await renderContract(model)
    keep('contract-long', bytes)
    const text = await extractText(bytes)
    expect((await PDFDocument.load(bytes)).getPageCount() % 2).toBe(0)
    const [first, second] = copies(text, model.organisation.name)
    for (const copy of [first, second]) {
      expect(copy.length % 2).toBe(0)
      const numbered = copy.filter((p) => /Side \d+ av \d+/.test(p))
      expect(numbered.length).toBe(copy.length - 1)
      numbered.forEach((p, i) => expect(p).toContain(`Side ${i + 1} av ${numbered.length}`))
      const blank = copy.at(-1) ?? ''
      expect(blank).not.toMatch(/Side \d+ av/)
      expect(blank).not.toContain('Formål')
      expect(blank.trim()).toBe(`Eksemplar ${copy === first ? '1' : '2'} av 2 – ${copy === first ? 'Oslo kommune' : model.organisation.name}`)
    }
  })

  it('keeps place, date and both signatures together on one page', async () => {
    for (const body of [sampleBody, longBody, [...longBody, ...sampleBody.slice(0, 3)]]) {
      const model = sampleContract({ body })
      const text = await extractText(await renderContract(model))
      const signing = text.pages.filter((p) => p.includes('Oslo, 3. juni 2027'))
      expect(signing).toHaveLength(2)
      for (const page of signing) {
        expect(page).toContain('For Oslo kommune')
        expect(page).toContain('Marit Vea')
        expect(page).toContain('Ánde Šošoŧ')
        expect(page).toContain('administrerende direktør')
      }
    }
  })

  it('wraps long names and titles inside the page, never over the other signature', async () => {
    const longName = 'Det Norske Selskap for Bærekraftig Omstilling av Byggenæringen i Oslo og Viken Avdeling Grønland AS'
    const longTitle = 'konstituert administrerende direktør og styreleder med ansvar for bærekraft, innkjøp og eiendomsforvaltning'
    const model = sampleContract({
      organisation: { name: longName, orgNumber: '923609016', addressLines: [] },
      signatory: { name: 'Marie-Louise Kristiansen-Bjørnstad-Ødegård', title: longTitle },
    })
    const bytes = await renderContract(model)
    keep('contract-long-names', bytes)
    const text = await extractText(bytes)
    for (const page of text.details) {
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(60)
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - 60)
      }
      // Right-hand signature column: nothing there may reach into it from the left column.
      const signature = page.items.find((i) => i.text.startsWith('Marit Vea'))
      if (signature) expect(signature.x + signature.width).toBeLessThan(page.width / 2)
    }
    const words = text.all.replace(/\s+/g, ' ')
    expect(words).toContain('eiendomsforvaltning')
    expect(words).toContain('Avdeling Grønland AS')
  })

  it('draws only code points the font has', async () => {
    const text = await extractText(await renderContract(sampleContract({ body: longBody })))
    const regular = fontMetrics('regular').characters
    const bold = fontMetrics('bold').characters
    const missing = [...new Set(text.all.replace(/\s/g, ''))].filter((c) => !regular.has(c.codePointAt(0)!) || !bold.has(c.codePointAt(0)!))
    expect(missing).toEqual([])
  })

  it('refuses a name with a character the font lacks, naming the character', async () => {
    const model = sampleContract({ organisation: { name: 'Firma 漢字 AS', orgNumber: '', addressLines: [] } })
    await expect(renderContract(model)).rejects.toThrow(UnsupportedCharacterError)
    await expect(renderContract(model)).rejects.toThrow(/«漢»/)
  })

  it('puts the logo at the top when one is given', async () => {
    const withLogo = await PDFDocument.load(await renderContract(sampleContract({ logo: { mimeType: 'image/png', bytes: ONE_PIXEL_PNG } })))
    const without = await PDFDocument.load(await renderContract(sampleContract()))
    const images = (pdf: PDFDocument) =>
      pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')).length
    expect(images(withLogo)).toBeGreaterThan(0)
    expect(images(without)).toBe(0)
  })
})

describe('the default contract', () => {
  it('fills two pages per copy with the default template, with nothing left unfilled', async () => {
    const { DEFAULT_TEMPLATE, fillTemplate } = await import('../../../../renderer/domain/contract/template')
    const body = fillTemplate(DEFAULT_TEMPLATE, {
      'virksomhet.navn': 'Čáhppes Đuoddar ŋŧž AS',
      'virksomhet.orgnr': '923 609 016',
      'virksomhet.adresse': 'Storgata 1, 0155 Oslo',
      'byråd.navn': 'Marit Vea',
      'byråd.tittel': 'byråd for miljø og samferdsel',
      'signatar.navn': 'Ánde Šošoŧ',
      'signatar.tittel': 'administrerende direktør',
      dato: '3. juni 2027',
      sted: 'Oslo',
    })
    const bytes = await renderContract(sampleContract({ body, logo: { mimeType: 'image/png', bytes: ONE_PIXEL_PNG } }))
    keep('contract-default', bytes)
    const text = await extractText(bytes)
    expect(text.pages).toHaveLength(4)
    expect(text.pages.every((p) => /Side \d av 2/.test(p))).toBe(true)
    expect(text.all).not.toContain('{{')
  })

  it('the partner text fits its copies too, names the fee and never says membership is free', async () => {
    const { defaultTemplate, fillTemplate } = await import('../../../../renderer/domain/contract/template')
    const body = fillTemplate(defaultTemplate('partner'), {
      'virksomhet.navn': 'Fjordkraft Grønn AS',
      'virksomhet.orgnr': '923 609 016',
      'virksomhet.adresse': 'Lysaker torg 5, 1366 Lysaker',
      'byråd.navn': 'Marit Vea',
      'byråd.tittel': 'byråd for miljø og samferdsel',
      'signatar.navn': 'Ingrid Solberg',
      'signatar.tittel': 'administrerende direktør',
      dato: '3. juni 2027',
      sted: 'Oslo',
    })
    const bytes = await renderContract(sampleContract({ body, logo: { mimeType: 'image/png', bytes: ONE_PIXEL_PNG } }))
    keep('contract-partner', bytes)
    const text = await extractText(bytes)
    // Two pages per copy, as the member text: no page left with only the signatures.
    expect(text.pages).toHaveLength(4)
    expect(text.all).toContain('partner i Næring for klima')
    expect(text.all).toContain('partnerkontingent')
    expect(text.all).not.toContain('gratis')
    expect(text.all).not.toContain('{{')
  })
})
