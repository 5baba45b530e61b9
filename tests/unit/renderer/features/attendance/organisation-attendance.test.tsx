import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createEvent, inviteOrganisations } from '../../../../../renderer/db/repositories/events-repo'
import { checkIn, registerPerson } from '../../../../../renderer/db/repositories/registrations-repo'
import { OrganisationAttendance } from '../../../../../renderer/features/attendance/OrganisationAttendance'
import { freshDatabase, made } from '../../db-helpers'
import { eventForm, seedOrganisation, seedPerson } from '../../domain/event/seed'

describe('OrganisationAttendance', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('lists the events an organisation was invited to and who attended, per year, newest first', async () => {
    const org = await seedOrganisation('Bølgen Energi AS')
    const kari = await seedPerson(org, 'Kari Nordmann', ['toppleder'])
    const invitedOnly = await made(createEvent(eventForm({ title: 'Nettverksmøte vår', date: '12.03.2026' })))
    const attended = await made(createEvent(eventForm({ title: 'Toppledermøte høst', date: '31.12.2026', kind: 'toppledermote' })))
    const nextYear = await made(createEvent(eventForm({ title: 'Nyttårsmøte', date: '01.01.2027' })))
    await inviteOrganisations(invitedOnly.id, [org.id])
    const reg = await registerPerson(attended.id, kari.id)
    if (!reg.ok) throw new Error('not registered')
    await checkIn(reg.registration.id)
    await registerPerson(nextYear.id, kari.id)

    render(
      <MemoryRouter>
        <OrganisationAttendance organisationId={org.id} />
      </MemoryRouter>,
    )
    const headings = await screen.findAllByRole('heading', { level: 3 })
    expect(headings.map((h) => h.textContent)).toEqual(['2027: møtt på 0 av 1', '2026: møtt på 1 av 2'])
    const table2026 = screen.getByRole('table', { name: 'Arrangementer 2026' })
    expect(within(table2026).getByRole('row', { name: /Toppledermøte høst/ }).textContent).toContain('Møtt: Kari Nordmann')
    expect(within(table2026).getByRole('row', { name: /Nettverksmøte vår/ }).textContent).toContain('Invitert')
    expect(within(screen.getByRole('table', { name: 'Arrangementer 2027' })).getByRole('row', { name: /Nyttårsmøte/ }).textContent).toContain(
      'Påmeldt, ikke møtt',
    )
  })

  it('says so when the organisation was never invited', async () => {
    const org = await seedOrganisation('Ny AS')
    render(
      <MemoryRouter>
        <OrganisationAttendance organisationId={org.id} />
      </MemoryRouter>,
    )
    expect(await screen.findByText('Ikke invitert til noen arrangementer ennå.')).toBeTruthy()
  })
})
