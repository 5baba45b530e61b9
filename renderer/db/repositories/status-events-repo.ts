/**
 * The membership pipeline: each status change is a dated StatusEvent; the organisation keeps the
 * latest status and the signing date denormalised for lists. `setPipelineStatus` is the one way
 * to change status (the contracts feature's "register signature" calls it too).
 */
import type { Organisation, PipelineStatus, StatusEvent } from '../models'
import { db } from '../db'
import { formatDate, isDateOnly } from '../../lib/dates'
import { currentStatus, joinedDate, membershipPeriods, sortEvents } from '../../domain/organisation/membership-periods'
import { pipelineStatusText } from '../../domain/organisation/labels'
import { tierOn } from '../../domain/organisation/tier-history'
import { audit, newRecord, nowIso } from './base'

/** A step in running text (the audit log): the organisation's word for it on its day, lower-case ("partner" once a partner signs). */
const statusWord = (org: Organisation, step: Pick<StatusEvent, 'status' | 'date'>): string =>
  pipelineStatusText({ status: step.status, tier: tierOn(org.tier, org.tierHistory, step.date) }).toLowerCase()

export async function statusEventsOf(organisationId: string): Promise<StatusEvent[]> {
  const rows = await db().statusEvents.where('organisationId').equals(organisationId).toArray()
  return sortEvents(rows.filter((e) => !e.deletedAt))
}

/** Recomputes the denormalised status and signing date from the live events. Inside a transaction. */
async function refreshOrganisation(organisationId: string): Promise<Organisation> {
  const d = db()
  const org = await d.organisations.get(organisationId)
  if (!org) throw new Error('Virksomheten finnes ikke.')
  const events = await statusEventsOf(organisationId)
  const status = currentStatus(events) ?? 'soker'
  const signedDate = status === 'medlem' ? joinedDate(membershipPeriods(events)) : null
  if (status === org.status && signedDate === org.signedDate) return org
  const next = { ...org, status, signedDate, updatedAt: nowIso() }
  await d.organisations.put(next)
  return next
}

/** Adds the event and refreshes the organisation; call inside a transaction over both tables. */
export async function writeStatusEvent(organisationId: string, status: PipelineStatus, date: string, note: string): Promise<Organisation> {
  if (!isDateOnly(date)) throw new Error(`Ugyldig dato: ${date}`)
  const event = newRecord({ organisationId, status, date, note: note.trim() }) as StatusEvent
  await db().statusEvents.add(event)
  const org = await refreshOrganisation(organisationId)
  await audit('organisations', organisationId, 'update', `Status satt til ${statusWord(org, { status, date })} fra ${formatDate(date)}`, {
    statusEvent: { from: null, to: { status, date, note: event.note } },
  })
  return org
}

/**
 * Sets the pipeline status from a date: adds a StatusEvent and updates the organisation's
 * `status` and `signedDate` in one transaction. Returns the updated organisation.
 */
export async function setPipelineStatus(organisationId: string, status: PipelineStatus, date: string, note = ''): Promise<Organisation> {
  const d = db()
  return d.transaction('rw', [d.organisations, d.statusEvents, d.auditLog, d.device], async () => {
    const org = await d.organisations.get(organisationId)
    if (!org || org.deletedAt) throw new Error('Virksomheten finnes ikke eller ligger i papirkurven.')
    return writeStatusEvent(organisationId, status, date, note)
  })
}

/** Removes a mistaken event (soft delete) and recomputes the status; the audit log keeps it. */
export async function removeStatusEvent(eventId: string): Promise<Organisation> {
  const d = db()
  return d.transaction('rw', [d.organisations, d.statusEvents, d.auditLog, d.device], async () => {
    const event = await d.statusEvents.get(eventId)
    if (!event || event.deletedAt) throw new Error('Statusendringen finnes ikke.')
    const at = nowIso()
    await d.statusEvents.put({ ...event, deletedAt: at, updatedAt: at })
    const org = await refreshOrganisation(event.organisationId)
    await audit('organisations', event.organisationId, 'update', `Statusendringen ${statusWord(org, event)} ble fjernet`, {
      statusEvent: { from: { status: event.status, date: event.date }, to: null },
    })
    return org
  })
}
