/**
 * The fields a personal invitation's subject and text may name, and how they are filled. Shared so
 * the page can preview exactly what main writes into each draft.
 */
export const INVITATION_FIELDS = {
  navn: 'fullt navn',
  fornavn: 'fornavn',
  tittel: 'tittel',
  virksomhet: 'virksomhet',
} as const
export type InvitationField = keyof typeof INVITATION_FIELDS

export type InvitationPerson = { name: string; title: string; organisation: string }

const FIELD = /\{(navn|fornavn|tittel|virksomhet)\}/g

/** The first given name as people are greeted: "Anne-Lise Berg" → "Anne-Lise". */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? ''

/** `Kjære {fornavn}` → `Kjære Kari`; unknown braces stay as written. */
export function fillInvitation(template: string, person: InvitationPerson): string {
  const values: Record<InvitationField, string> = {
    navn: person.name.trim(),
    fornavn: firstName(person.name),
    tittel: person.title.trim(),
    virksomhet: person.organisation.trim(),
  }
  return template.replace(FIELD, (_, key: InvitationField) => values[key])
}
