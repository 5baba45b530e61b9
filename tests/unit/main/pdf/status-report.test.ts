import { describe, expect, it } from 'vitest'
import { renderStatusReport } from '../../../../electron/main/pdf/status-report'
import { extractText } from './read-pdf'
import { sampleStatusReport } from './status-report-fixtures'

describe('the status report PDF', () => {
  it('opens with the summary and key figures, then one section per member', async () => {
    const { bytes, pageCount } = await renderStatusReport(sampleStatusReport())
    const text = await extractText(bytes)
    expect(pageCount).toBe(text.pages.length)
    expect(text.pages[0]).toContain('Statusrapport 2025')
    expect(text.pages[0]).toContain('Nøkkeltall 2025 mot 2024')
    expect(text.pages[0]).toMatch(/Miljøsertifisert\s+67 % \(2\)\s+50 % \(1\)\s+\+17 pp/)
    expect(text.pages[0]).not.toContain('Virksomhet nummer 2 AS')
    const rest = text.pages.slice(1).join('\n')
    expect(rest).toContain('Ávjovárgeaidnu Bygg AS')
    expect(rest).toContain('Virksomhet nummer 3 AS')
    expect(rest).toContain('Miljøfyrtårn, gyldig til 30.06.2027')
    expect(text.pages.at(-1)).toContain(`Side ${pageCount} av ${pageCount}`)
  })

  it('prints a character the font lacks as "?" instead of dropping it or failing', async () => {
    const text = await extractText((await renderStatusReport(sampleStatusReport(1))).bytes)
    expect(text.all).toContain('elbiler ? og')
  })

  it('flows 150 members onto many pages and reports progress for each', async () => {
    const seen: number[] = []
    const { bytes, pageCount } = await renderStatusReport(sampleStatusReport(150), (done) => seen.push(done))
    expect(pageCount).toBeGreaterThan(20)
    expect(seen).toHaveLength(150)
    expect(seen.at(-1)).toBe(150)
    const text = await extractText(bytes)
    expect(text.all).toContain('Virksomhet nummer 150 AS')
  })
})
