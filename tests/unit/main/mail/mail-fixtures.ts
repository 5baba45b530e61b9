import type { InvitationDraftsRequest } from '../../../../electron/shared/channels/invitations'

export const sampleInvitations = (overrides: Partial<InvitationDraftsRequest> = {}): InvitationDraftsRequest => ({
  from: { name: 'Næring for klima', email: 'nfk@kli.oslo.kommune.no' },
  subject: 'Invitasjon til nettverksmøte, {virksomhet}',
  body: 'Kjære {fornavn},\n\nVi inviterer {navn} ({tittel}) fra {virksomhet} til nettverksmøte på Tøyen.\n\nHilsen sekretariatet',
  recipients: [
    { id: 'reg-1', name: 'Máret Ŋuorra', title: 'Daglig leder', organisation: 'Čáhcegáttis AS', email: 'maret@cahcegattis.no' },
    { id: 'reg-2', name: 'Małgorzata Wąsowska', title: 'Klimasjef', organisation: 'Łódź Logistikk AS', email: 'malgorzata@lodz.no' },
  ],
  calendar: null,
  ...overrides,
})
