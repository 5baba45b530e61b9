/**
 * The contract template markup, edited in Innstillinger:
 *
 *   # Overskrift            a heading (one line)
 *   - punkt                 a bullet; consecutive bullets form one list ("* punkt" works too)
 *   vanlig tekst            a paragraph; lines next to each other join, a blank line ends it
 *   {{virksomhet.navn}}     a field, filled from the contract's data (see TEMPLATE_FIELDS)
 *
 * An unknown field is refused when the template is saved, with its name.
 */
import type { ContractBlock } from '../../../electron/shared/channels/contracts'
import { unsupportedCharacterMessage } from '../../../electron/shared/printable'

export const TEMPLATE_FIELDS = {
  'virksomhet.navn': 'virksomhetens navn',
  'virksomhet.orgnr': 'organisasjonsnummeret (123 456 789)',
  'virksomhet.adresse': 'virksomhetens adresse',
  'byråd.navn': 'byrådens navn',
  'byråd.tittel': 'byrådens tittel',
  'signatar.navn': 'navnet til den som signerer for virksomheten',
  'signatar.tittel': 'tittelen til den som signerer for virksomheten',
  dato: 'signeringsdatoen i ord (3. juni 2027)',
  sted: 'signeringsstedet (Oslo)',
} as const
export type TemplateField = keyof typeof TEMPLATE_FIELDS
export type TemplateValues = Record<TemplateField, string>

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g
export const MAX_TEMPLATE_LENGTH = 20_000

const isField = (name: string): name is TemplateField => Object.hasOwn(TEMPLATE_FIELDS, name)

/** Everything wrong with a template, as Norwegian messages; empty when it can be saved. */
export function templateErrors(body: string): string[] {
  const errors: string[] = []
  if (!body.trim()) return ['Malen kan ikke være tom.']
  if (body.length > MAX_TEMPLATE_LENGTH) errors.push(`Malen er for lang (høyst ${MAX_TEMPLATE_LENGTH} tegn).`)
  const unknown = [...body.matchAll(FIELD)].map((m) => m[1] ?? '').filter((name) => !isField(name))
  for (const name of new Set(unknown)) errors.push(`Ukjent felt: {{${name}}}. Bruk et av feltene i listen under malen.`)
  const withoutFields = body.replace(FIELD, '')
  if (/\{\{|\}\}/.test(withoutFields)) errors.push('Et felt er ikke lukket riktig: skriv feltet som {{virksomhet.navn}}.')
  // Line breaks structure the template; they are never drawn as glyphs.
  const unprintable = unsupportedCharacterMessage(withoutFields.replace(/[\r\n\t]/g, ' '))
  if (unprintable) errors.push(unprintable)
  return errors
}

function fill(text: string, values: TemplateValues): string {
  return text.replace(FIELD, (whole, name: string) => (isField(name) ? values[name] : whole))
}

/** Parses the markup and fills the fields: the contract text as blocks for the PDF. */
export function fillTemplate(body: string, values: TemplateValues): ContractBlock[] {
  const blocks: ContractBlock[] = []
  let paragraph: string[] = []
  let bullets: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: fill(paragraph.join(' '), values) })
    if (bullets.length) blocks.push({ kind: 'bullets', items: bullets.map((b) => fill(b, values)) })
    paragraph = []
    bullets = []
  }
  for (const raw of body.normalize('NFC').split(/\r?\n/)) {
    const line = raw.trim()
    const heading = /^#+\s*(.*)$/.exec(line)
    const bullet = /^[-*•]\s+(.*)$/.exec(line)
    if (!line) flush()
    else if (heading) {
      flush()
      blocks.push({ kind: 'heading', text: fill(heading[1] ?? '', values) })
    } else if (bullet) {
      if (paragraph.length) flush()
      bullets.push(bullet[1] ?? '')
    } else if (bullets.length && /^\s+/.test(raw)) {
      // An indented line continues the bullet above it.
      bullets[bullets.length - 1] += ` ${line}`
    } else {
      if (bullets.length) flush()
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

export { DEFAULT_TEMPLATE, defaultTemplate, templateName } from './default-templates'
