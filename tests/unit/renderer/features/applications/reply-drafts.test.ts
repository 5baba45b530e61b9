import { describe, expect, it } from 'vitest'
import type { Applicant } from '../../../../../renderer/db/repositories/applications-repo'
import { replyDrafts, withoutAddress } from '../../../../../renderer/features/applications/reply-drafts'
import { defaultSettings } from '../../../../../renderer/domain/settings/settings'
import { fillInvitation } from '../../../../../electron/shared/invitation-template'

const applicant = (name: string, people: { name: string; email: string; roles: string[] }[]): Applicant =>
  ({ organisation: { id: `id-${name}`, name }, people: people.map((p) => ({ ...p, title: '' })), applications: [] }) as unknown as Applicant

const solstrand = applicant('Solstrand Eiendom AS', [
  { name: 'Kari Solberg', email: 'kari@solstrand.no', roles: ['toppleder'] },
  { name: 'Ola Hansen', email: 'ola@solstrand.no', roles: ['klimakontakt'] },
])
const noMail = applicant('Uten E-post AS', [{ name: 'Per Uten', email: '', roles: ['toppleder'] }])

describe('reply drafts', () => {
  it('invites an approved applicant’s climate contact to the next signing lunch', () => {
    const request = replyDrafts('godkjent', '', [solstrand, noMail], defaultSettings(), { date: '2027-01-14', startTime: '11:30' })!
    expect(request.recipients).toEqual([{ id: 'id-Solstrand Eiendom AS', name: 'Ola Hansen', title: '', organisation: 'Solstrand Eiendom AS', email: 'ola@solstrand.no' }])
    const body = fillInvitation(request.body, request.recipients[0]!)
    expect(body).toContain('Hei Ola,')
    expect(body).toContain('signeringslunsj i Oslo rådhus 14. januar 2027 kl. 11:30.')
    expect(withoutAddress([solstrand, noMail])).toEqual(['Uten E-post AS'])
  })

  it('gives a rejected applicant the reason, and writes to the top leader when there is no climate contact', () => {
    const leaderOnly = applicant('Leder AS', [{ name: 'Eva Strand', email: 'eva@leder.no', roles: ['toppleder'] }])
    const request = replyDrafts('avslatt', 'Virksomheten holder til i Bergen.', [leaderOnly], defaultSettings(), null)!
    expect(request.recipients[0]?.email).toBe('eva@leder.no')
    expect(request.body).toContain('Begrunnelse: Virksomheten holder til i Bergen.')
    expect(request.body).not.toContain('signeringslunsj')
    expect(replyDrafts('avslatt', 'x', [noMail], defaultSettings(), null)).toBeNull()
  })
})
