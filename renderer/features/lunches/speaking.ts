import type { Announcements, UniqueIdentifier } from '@dnd-kit/core'
import type { LunchView } from '../../db/repositories/lunches-repo'
import type { SpeakerSlot } from '../../domain/seating/speaking-order'

/** The invited organisations in speaking order; ones missing from the saved order go last. */
export function currentOrder(view: LunchView): SpeakerSlot[] {
  const { lunch, invitedOrganisationIds } = view.lunch
  const invited = new Set(invitedOrganisationIds)
  const kept = lunch.speakingOrder.filter((s) => invited.has(s.organisationId))
  const missing = invitedOrganisationIds.filter((id) => !kept.some((s) => s.organisationId === id))
  return [...kept, ...missing.map((organisationId) => ({ organisationId, minutes: 5 }))]
}

/** What a screen reader hears while the speaking order is reordered by keyboard or mouse. */
export const SPEAKING_DRAG_INSTRUCTIONS =
  'Trykk mellomrom for å ta opp virksomheten. Flytt den med pil opp og pil ned, og trykk mellomrom igjen for å slippe den på den nye plassen, eller Escape for å avbryte.'

/** The announcements, by position in the list as it stands when the drag started. */
export function speakingAnnouncements(order: readonly string[], nameOf: (organisationId: string) => string): Announcements {
  const place = (id: UniqueIdentifier) => `plass ${order.indexOf(String(id)) + 1} av ${order.length}`
  const name = (id: UniqueIdentifier) => nameOf(String(id))
  // dnd-kit reports a lifted row as over its own place at once. That is no move, and saying it
  // would cut off "Tok opp …" before a screen reader has read it.
  let justLifted = false
  return {
    onDragStart: ({ active }) => {
      justLifted = true
      return `Tok opp ${name(active.id)}. ${capitalise(place(active.id))}.`
    },
    onDragOver: ({ active, over }) => {
      const lifted = justLifted
      justLifted = false
      if (lifted && over?.id === active.id) return undefined
      return over ? `Flyttet ${name(active.id)} til ${place(over.id)}.` : `${name(active.id)} er utenfor talelisten.`
    },
    onDragEnd: ({ active, over }) => (over ? `Slapp ${name(active.id)} på ${place(over.id)}.` : `Slapp ${name(active.id)} utenfor talelisten. Rekkefølgen er uendret.`),
    onDragCancel: ({ active }) => `Avbrøt flyttingen. ${name(active.id)} er tilbake på ${place(active.id)}.`,
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
