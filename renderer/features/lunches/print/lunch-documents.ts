/** Builds the models of the lunch's printed documents from what the planner shows. Pure. */
import type { KitchenListModel } from '../../../../electron/shared/channels/kitchen'
import type { LunchDocument, PlaceCard } from '../../../../electron/shared/channels/lunches'
import type { DietRecord, SeatingPlanData } from '../../../db/models'
import { dietText } from '../../../domain/event/diet'
import { planData } from '../../../db/repositories/lunches-guests-repo'
import type { LunchView } from '../../../db/repositories/lunches-repo'
import { compareNorwegian } from '../../../lib/collation'
import { formatDateInWords } from '../../../lib/dates'
import { parseSeatKey } from '../../../domain/seating/types'
import { formatClock, parseClock, planSpeakingOrder } from '../../../domain/seating/speaking-order'
import { currentOrder } from '../speaking'
import { plannerGuests, type PlannerGuest } from '../seating/seat-guests'

export function lunchHeader(view: LunchView): LunchDocument['header'] {
  const l = view.lunch
  return {
    title: `Signeringslunsj ${formatDateInWords(l.date)}`,
    subtitle: `Kl. ${l.startTime.replace(':', '.')}–${l.endTime.replace(':', '.')}, ${[l.place, l.room].filter(Boolean).join(', ')}`,
  }
}

type Seated = { guest: PlannerGuest; tableIndex: number; tableName: string; seat: number }

function seated(plan: SeatingPlanData, guests: PlannerGuest[]): Seated[] {
  const byId = new Map(guests.map((g) => [g.id, g]))
  const out: Seated[] = []
  for (const [key, guestId] of Object.entries(plan.assignment)) {
    const { tableId, seat } = parseSeatKey(key)
    const tableIndex = plan.tables.findIndex((t) => t.id === tableId)
    const guest = byId.get(guestId)
    if (tableIndex >= 0 && guest) out.push({ guest, tableIndex, tableName: plan.tables[tableIndex]!.name, seat })
  }
  return out.sort((a, b) => a.tableIndex - b.tableIndex || a.seat - b.seat)
}

const organisationOf = (g: PlannerGuest): string => (g.isCommissioner ? g.title : g.isHost ? g.title || 'Vert' : g.organisationName)

/** One card per person: seated ones in table order (easy to lay out), then the rest alphabetically. */
export function placeCards(view: LunchView): PlaceCard[] {
  const guests = plannerGuests(view)
  const placed = seated(planData(view.plan), guests)
  const placedIds = new Set(placed.map((s) => s.guest.id))
  const rest = guests.filter((g) => !placedIds.has(g.id)).sort((a, b) => compareNorwegian(a.name, b.name))
  return [...placed.map((s) => s.guest), ...rest].map((g) => ({ name: g.name, organisation: organisationOf(g) }))
}

/** Guests' diets by registration id; hosts have none (they are no registrations). */
export type Diets = ReadonlyMap<string, Pick<DietRecord, 'needs' | 'note'>>

export function tablePlan(view: LunchView, diets: Diets = new Map()): Extract<LunchDocument, { kind: 'tablePlan' }> {
  const plan = planData(view.plan)
  const placed = seated(plan, plannerGuests(view))
  const dietOf = (id: string): { diet?: string } => {
    const text = dietText(diets.get(id))
    return text ? { diet: text.slice(0, 300) } : {}
  }
  return {
    kind: 'tablePlan',
    header: lunchHeader(view),
    tables: plan.tables.map((t, i) => ({
      name: t.name,
      shape: t.shape,
      seatCount: t.seats,
      seats: placed
        .filter((s) => s.tableIndex === i)
        .map((s) => ({ seat: s.seat + 1, name: s.guest.name, title: s.guest.title, organisation: s.guest.isHost ? 'Oslo kommune' : s.guest.organisationName, ...dietOf(s.guest.id) })),
    })),
  }
}

export function guestList(view: LunchView): Extract<LunchDocument, { kind: 'guestList' }> {
  const guests = plannerGuests(view)
  const placed = new Map(seated(planData(view.plan), guests).map((s) => [s.guest.id, s.tableName]))
  return {
    kind: 'guestList',
    header: lunchHeader(view),
    guests: [...guests]
      .sort((a, b) => compareNorwegian(a.name, b.name))
      .map((g) => ({ name: g.name, title: g.title, organisation: g.isHost ? 'Oslo kommune' : g.organisationName, table: placed.get(g.id) ?? '—' })),
  }
}

export function agenda(view: LunchView): Extract<LunchDocument, { kind: 'agenda' }> {
  const l = view.lunch
  const start = parseClock(l.startTime) ?? 0
  const names = new Map(view.organisations.map((o) => [o.id, o.name]))
  const plan = planSpeakingOrder(l.startTime, l.endTime, l.lunch.welcomeMinutes, l.lunch.signingMinutes, currentOrder(view))
  const welcomeEnd = start + l.lunch.welcomeMinutes
  const items = [
    { time: `${formatClock(start)}–${formatClock(welcomeEnd)}`, text: 'Velkommen', detail: l.lunch.commissionerName },
    { time: `${formatClock(welcomeEnd)}–${formatClock(welcomeEnd + l.lunch.signingMinutes)}`, text: 'Signering av klimakontraktene', detail: `${view.organisations.length} virksomheter` },
    ...plan.speakers.map((s) => ({ time: `${s.start}–${s.end}`, text: names.get(s.organisationId) ?? '', detail: `${s.minutes} minutter` })),
    { time: l.endTime.replace(':', '.'), text: 'Slutt', detail: '' },
  ]
  return { kind: 'agenda', header: lunchHeader(view), items }
}

/**
 * The kitchen list: everyone at the lunch (hosts too, so each table's count is right) with their
 * table and needs, seated ones in table order, then the rest alphabetically.
 */
export function kitchenList(view: LunchView, diets: Diets): KitchenListModel {
  const guests = plannerGuests(view)
  const placed = seated(planData(view.plan), guests)
  const placedIds = new Set(placed.map((s) => s.guest.id))
  const rest = guests.filter((g) => !placedIds.has(g.id)).sort((a, b) => compareNorwegian(a.name, b.name))
  const rows = [...placed.map((s) => ({ guest: s.guest, table: s.tableName })), ...rest.map((guest) => ({ guest, table: '' }))]
  const header = lunchHeader(view)
  return {
    title: header.title,
    subtitle: header.subtitle,
    guests: rows.map(({ guest, table }) => {
      const diet = diets.get(guest.id)
      return { name: guest.name, organisation: organisationOf(guest), table, needs: diet?.needs ?? [], note: diet?.note ?? '' }
    }),
  }
}
