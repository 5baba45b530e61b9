/** Reads for the website's member list: organisations and their status history, never people. */
import { db } from '../db'
import { publicMembers, type PublicMember } from '../../domain/organisation/public-list'

export async function readPublicMembers(): Promise<PublicMember[]> {
  const d = db()
  const [organisations, statusEvents] = await Promise.all([d.organisations.toArray(), d.statusEvents.toArray()])
  return publicMembers(organisations, statusEvents)
}
