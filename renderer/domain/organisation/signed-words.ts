/**
 * What a signing makes of several organisations, in words: each becomes what its tier says (a partner
 * becomes a partner, not a member — the rule of `pipelineStatusText`), so a lunch where members and
 * partners sign says both.
 */
import type { Organisation } from './types'

type Counts = { members: number; partners: number }

const count = (organisations: readonly Pick<Organisation, 'tier'>[]): Counts => {
  const partners = organisations.filter((o) => o.tier === 'partner').length
  return { members: organisations.length - partners, partners }
}

const both = (parts: string[]): string => parts.join(' og ')
const memberWord = (n: number) => (n === 1 ? 'medlem' : 'medlemmer')
const partnerWord = (n: number) => (n === 1 ? 'partner' : 'partnere')

/** "2 virksomheter blir medlemmer", "1 virksomhet blir partner", "2 virksomheter blir medlemmer og 1 partner". */
export function becomeText(organisations: readonly Pick<Organisation, 'tier'>[]): string {
  const { members, partners } = count(organisations)
  const firstIsMember = members > 0
  const first = firstIsMember ? members : partners
  const subject = `${first} ${first === 1 ? 'virksomhet blir' : 'virksomheter blir'}`
  if (!firstIsMember) return `${subject} ${partnerWord(partners)}`
  return both([`${subject} ${memberWord(members)}`, ...(partners > 0 ? [`${partners} ${partnerWord(partners)}`] : [])])
}

/** "2 nye medlemmer", "1 ny partner", "1 nytt medlem og 2 nye partnere". */
export function newlySignedText(organisations: readonly Pick<Organisation, 'tier'>[]): string {
  const { members, partners } = count(organisations)
  const parts = [
    ...(members > 0 ? [members === 1 ? '1 nytt medlem' : `${members} nye medlemmer`] : []),
    ...(partners > 0 ? [partners === 1 ? '1 ny partner' : `${partners} nye partnere`] : []),
  ]
  return both(parts)
}
