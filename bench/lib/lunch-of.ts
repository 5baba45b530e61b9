/** A signing lunch of a given size: a commissioner, 19 hosts and guests two per organisation. */
import type { SeatGuest, SeatTable } from '../../renderer/domain/seating'

const SECTORS = ['energi', 'bygg og eiendom', 'transport', 'handel', 'finans', 'IKT', 'mat og servering', 'rådgivning', 'industri', 'kultur']

export function lunchOf(guestCount: number, tableCount: number): { guests: SeatGuest[]; tables: SeatTable[] } {
  const tables: SeatTable[] = Array.from({ length: tableCount }, (_, i) => ({ id: `t${i + 1}`, name: `Bord ${i + 1}`, shape: i % 3 === 2 ? 'rect' : 'round', seats: 8 }))
  const guests: SeatGuest[] = [{ id: 'byråd', name: 'Byråd', organisationId: '', sector: '', isHost: true, isCommissioner: true }]
  for (let h = 1; h < 20; h++) guests.push({ id: `h${h}`, name: `Vert ${h}`, organisationId: '', sector: '', isHost: true, isCommissioner: false })
  for (let i = 0; guests.length < guestCount; i++) {
    const org = Math.floor(i / 2)
    guests.push({ id: `g${i}`, name: `Gjest ${i}`, organisationId: `o${org}`, sector: SECTORS[(org * 7) % SECTORS.length]!, isHost: false, isCommissioner: false })
  }
  return { guests, tables }
}

