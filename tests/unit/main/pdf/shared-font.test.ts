/**
 * Every document shares one parsed font, and the PDF worker is kept between jobs: what one document
 * did to the font must not change what the next one says. (Its own file, so the font is fresh.)
 */
import { expect, it } from 'vitest'
import { renderNameBadges } from '../../../../electron/main/pdf/badges/name-badges'
import { extractText } from './read-pdf'

it('keeps a letter in the text after an earlier document drew it only inside another (ź holds a z)', async () => {
  await renderNameBadges({ eventLine: 'Møte', badges: [{ name: 'Łódź', title: '', organisation: '' }] })
  const { bytes } = await renderNameBadges({
    eventLine: 'Nettverksmøte 10.12.2026',
    badges: [{ name: 'Józef Żółkiewski', title: 'Kierownik ds. klimatu', organisation: 'Łódź Zielona Energia AS' }],
  })
  expect((await extractText(bytes)).all).toContain('Józef Żółkiewski')
})
