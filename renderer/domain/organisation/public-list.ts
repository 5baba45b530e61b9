/**
 * The public member list for the network's website ("oversikt over virksomheter som har signert"):
 * the organisations that are members today, with only what the website shows — name, member or
 * partner, and the year they signed. It takes organisations alone, never people, so no name of a
 * person, e-mail or phone can reach the file.
 */
import type { Organisation, StatusEvent } from './types'
import { TIER_LABELS } from './labels'
import { compareNorwegian } from '../../lib/collation'
import { toCsv } from '../../lib/export/csv'

export type PublicMember = { name: string; tier: string; yearSigned: number | null }

export const PUBLIC_LIST_HEADERS = ['Virksomhet', 'Medlem eller partner', 'Signert år']

type OrgFields = Pick<Organisation, 'id' | 'name' | 'tier' | 'status' | 'signedDate' | 'deletedAt'>

/** Members today, in Norwegian order. A record without a signing date falls back to when it became a member. */
export function publicMembers(
  organisations: readonly OrgFields[],
  statusEvents: readonly Pick<StatusEvent, 'organisationId' | 'status' | 'date' | 'deletedAt'>[] = [],
): PublicMember[] {
  const becameMember = new Map<string, string>()
  for (const e of statusEvents) {
    if (e.deletedAt || e.status !== 'medlem') continue
    const known = becameMember.get(e.organisationId)
    if (!known || e.date < known) becameMember.set(e.organisationId, e.date)
  }
  return organisations
    .filter((o) => o.deletedAt === null && o.status === 'medlem')
    .map((o) => {
      const date = o.signedDate ?? becameMember.get(o.id) ?? null
      return { name: o.name.trim(), tier: TIER_LABELS[o.tier], yearSigned: date ? Number(date.slice(0, 4)) : null }
    })
    .sort((a, b) => compareNorwegian(a.name, b.name))
}

/** The list as CSV for Norwegian Excel and the web editor (`;`, UTF-8 with BOM). */
export function publicMemberCsv(members: readonly PublicMember[]): Uint8Array<ArrayBuffer> {
  return toCsv(
    PUBLIC_LIST_HEADERS,
    members.map((m) => [m.name, m.tier, m.yearSigned ?? '']),
  )
}
