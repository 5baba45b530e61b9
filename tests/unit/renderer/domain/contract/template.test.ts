import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATE, TEMPLATE_FIELDS, fillTemplate, templateErrors, type TemplateValues } from '../../../../../renderer/domain/contract/template'

const values: TemplateValues = {
  'virksomhet.navn': 'Čáhppes AS',
  'virksomhet.orgnr': '923 609 016',
  'virksomhet.adresse': 'Storgata 1, 0155 Oslo',
  'byråd.navn': 'Marit Vea',
  'byråd.tittel': 'byråd for miljø og samferdsel',
  'signatar.navn': 'Ánde Šošoŧ',
  'signatar.tittel': 'daglig leder',
  dato: '3. juni 2027',
  sted: 'Oslo',
}

describe('contract template markup', () => {
  it('turns headings, paragraphs and bullet lists into blocks with the fields filled', () => {
    const body = '# Om {{virksomhet.navn}}\nFørste linje\nfortsetter her.\n\nAnnet avsnitt, signert {{dato}}.\n- punkt én for {{ signatar.navn }}\n- punkt to\n  som fortsetter\nEtter listen.'
    expect(fillTemplate(body, values)).toEqual([
      { kind: 'heading', text: 'Om Čáhppes AS' },
      { kind: 'paragraph', text: 'Første linje fortsetter her.' },
      { kind: 'paragraph', text: 'Annet avsnitt, signert 3. juni 2027.' },
      { kind: 'bullets', items: ['punkt én for Ánde Šošoŧ', 'punkt to som fortsetter'] },
      { kind: 'paragraph', text: 'Etter listen.' },
    ])
  })

  it('refuses an unknown field, naming it', () => {
    expect(templateErrors('Hei {{virksomhet.navn}} og {{virksomhet.epost}}, {{virksomhet.epost}}')).toEqual([
      'Ukjent felt: {{virksomhet.epost}}. Bruk et av feltene i listen under malen.',
    ])
  })

  it('refuses an unclosed field, an empty template and characters the PDF cannot print', () => {
    expect(templateErrors('Hei {{virksomhet.navn')).toEqual(['Et felt er ikke lukket riktig: skriv feltet som {{virksomhet.navn}}.'])
    expect(templateErrors('  \n ')).toEqual(['Malen kan ikke være tom.'])
    expect(templateErrors('Grønn 🌱 vekst')[0]).toContain('«🌱» (U+1F331)')
  })

  it('ships a default that passes its own check and carries the six membership criteria', () => {
    expect(templateErrors(DEFAULT_TEMPLATE)).toEqual([])
    const blocks = fillTemplate(DEFAULT_TEMPLATE, values)
    const criteria = blocks.find((b) => b.kind === 'bullets')
    expect(criteria?.kind === 'bullets' && criteria.items.map((i) => i.split(':')[0])).toEqual([
      'Intensjon',
      'Geografisk relevans',
      'Lederforankring',
      'Handling',
      'Rapportering',
      'Deltakelse',
    ])
    expect(JSON.stringify(blocks)).not.toContain('{{')
    expect(JSON.stringify(blocks)).toContain('Čáhppes AS')
  })

  it('documents every field it accepts', () => {
    for (const field of Object.keys(TEMPLATE_FIELDS)) expect(templateErrors(`{{${field}}}`)).toEqual([])
  })
})
