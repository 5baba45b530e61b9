import { mkdirSync, writeFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { renderContract } from '../../../../electron/main/pdf/contract/render-contract'
import { sampleContract } from './contract-fixtures'
import { extractText } from './read-pdf'

describe('renderContract', () => {
  it('renders two copies', async () => {
    const bytes = await renderContract(sampleContract())
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/contract.pdf', bytes)
    const pdf = await PDFDocument.load(bytes)
    const text = await extractText(bytes)
    console.log(pdf.getPageCount(), text.pages)
    expect(pdf.getPageCount() % 2).toBe(0)
  })
})
