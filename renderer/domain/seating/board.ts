/**
 * The seating state as flat typed arrays, so the search can score a swap by re-scoring only the
 * two tables and organisations it touches. `evaluatePlan` and `autoSeat` are built on it.
 */
import { neighbourSeats, seatKey, type Assignment, type RuleKey, type SeatGuest, type SeatingRules, type SeatTable, type UnmetRule } from './types'

export type Collector = { max: number; unmet: UnmetRule[] }

export class Board {
  readonly slotTable: Int32Array
  readonly slotSeat: Int32Array
  readonly tableStart: Int32Array
  readonly neighbours: number[][]
  readonly guestOrg: Int32Array
  readonly guestSector: Int32Array
  readonly guestHost: Uint8Array
  readonly orgGuests: number[][]
  /** Per host: the guests here they sat with at an earlier lunch (empty for guests). */
  readonly hostMet: number[][]
  readonly at: Int32Array
  readonly slotOf: Int32Array
  readonly hostCount: number
  private readonly w: Record<RuleKey, number>
  private readonly scratchOrg: Int32Array
  private readonly scratchSector: Int32Array

  constructor(
    readonly guests: readonly SeatGuest[],
    readonly tables: readonly SeatTable[],
    readonly rules: SeatingRules,
  ) {
    this.w = rules.weights
    const total = tables.reduce((sum, t) => sum + t.seats, 0)
    this.slotTable = new Int32Array(total)
    this.slotSeat = new Int32Array(total)
    this.tableStart = new Int32Array(tables.length + 1)
    this.neighbours = []
    let slot = 0
    tables.forEach((table, t) => {
      this.tableStart[t] = slot
      for (let s = 0; s < table.seats; s++) {
        this.slotTable[slot + s] = t
        this.slotSeat[slot + s] = s
        this.neighbours.push(neighbourSeats(table, s).map((n) => slot + n))
      }
      slot += table.seats
    })
    this.tableStart[tables.length] = slot
    const orgIndex = new Map<string, number>()
    const sectorIndex = new Map<string, number>()
    this.guestOrg = new Int32Array(guests.length)
    this.guestSector = new Int32Array(guests.length)
    this.guestHost = new Uint8Array(guests.length)
    this.orgGuests = []
    guests.forEach((g, i) => {
      this.guestHost[i] = g.isHost ? 1 : 0
      if (g.isHost || !g.organisationId) this.guestOrg[i] = -1
      else {
        let o = orgIndex.get(g.organisationId)
        if (o === undefined) {
          o = orgIndex.size
          orgIndex.set(g.organisationId, o)
          this.orgGuests.push([])
        }
        this.guestOrg[i] = o
        this.orgGuests[o]!.push(i)
      }
      if (g.isHost || !g.sector) this.guestSector[i] = -1
      else {
        let s = sectorIndex.get(g.sector)
        if (s === undefined) {
          s = sectorIndex.size
          sectorIndex.set(g.sector, s)
        }
        this.guestSector[i] = s
      }
    })
    this.hostCount = guests.filter((g) => g.isHost).length
    const byPerson = new Map<string, number>()
    guests.forEach((g, i) => {
      if (!g.isHost && g.personId) byPerson.set(g.personId, i)
    })
    this.hostMet = guests.map((g) => (g.isHost ? (g.metPersonIds ?? []).flatMap((p) => (byPerson.has(p) ? [byPerson.get(p)!] : [])) : []))
    const widest = tables.reduce((max, t) => Math.max(max, t.seats), 0)
    this.scratchOrg = new Int32Array(widest)
    this.scratchSector = new Int32Array(widest)
    this.at = new Int32Array(total).fill(-1)
    this.slotOf = new Int32Array(guests.length).fill(-1)
  }

  get slotCount(): number {
    return this.at.length
  }

  key(slot: number): string {
    return seatKey(this.tables[this.slotTable[slot]!]!.id, this.slotSeat[slot]!)
  }

  place(guest: number, slot: number): void {
    this.at[slot] = guest
    this.slotOf[guest] = slot
  }

  swap(a: number, b: number): void {
    const ga = this.at[a]!
    const gb = this.at[b]!
    this.at[a] = gb
    this.at[b] = ga
    if (ga >= 0) this.slotOf[ga] = b
    if (gb >= 0) this.slotOf[gb] = a
  }

  loadAssignment(assignment: Assignment, guestIndex: Map<string, number>): void {
    for (let slot = 0; slot < this.slotCount; slot++) {
      const g = guestIndex.get(assignment[this.key(slot)] ?? '')
      if (g !== undefined && this.slotOf[g] === -1) this.place(g, slot)
    }
  }

  toAssignment(): Assignment {
    const out: Assignment = {}
    for (let slot = 0; slot < this.slotCount; slot++) {
      const g = this.at[slot]!
      if (g >= 0) out[this.key(slot)] = this.guests[g]!.id
    }
    return out
  }

  /** Weighted score of the rules that live inside one table. */
  tableScore(t: number, c?: Collector): number {
    const from = this.tableStart[t]!
    const to = this.tableStart[t + 1]!
    const w = this.w
    const name = this.tables[t]!.name
    let score = 0
    let hosts = 0
    let guests = 0
    // The organisations at this table, each once, with their sectors (scratch arrays: this runs
    // millions of times in a search, so it allocates nothing).
    const orgs = this.scratchOrg
    const secs = this.scratchSector
    let orgN = 0
    for (let s = from; s < to; s++) {
      const g = this.at[s]!
      if (g < 0) continue
      if (this.guestHost[g]) hosts++
      else guests++
      const o = this.guestOrg[g]!
      const sec = this.guestSector[g]!
      if (o < 0 || sec < 0) continue
      let seen = false
      for (let i = 0; i < orgN && !seen; i++) seen = orgs[i] === o
      if (!seen) {
        orgs[orgN] = o
        secs[orgN] = sec
        orgN++
      }
    }
    let sectorCount = 0
    let largest = 0
    for (let i = 0; i < orgN; i++) {
      let same = 0
      let first = true
      for (let j = 0; j < orgN; j++) {
        if (secs[j] !== secs[i]) continue
        same++
        if (j < i) first = false
      }
      if (first) sectorCount++
      largest = Math.max(largest, same)
    }
    if (w.hostsSpread > 0 && guests > 0 && this.hostCount > 0) {
      if (hosts > 0) score += w.hostsSpread
      if (c) c.max += w.hostsSpread // capped to the number of hosts in evaluatePlan
      if (c && hosts === 0) c.unmet.push({ rule: 'hostsSpread', seats: this.tableSlots(t).map((s) => this.key(s)), message: `${name} har ingen vert.` })
    }
    if (w.hostsMeetNew > 0) score += this.hostsMeetNewScore(t, from, to, c)
    if (w.sectorsMixed > 0 && orgN > 0) {
      const met = sectorCount >= 2 && largest <= Math.ceil(orgN / 2)
      if (met) score += w.sectorsMixed
      if (c) c.max += w.sectorsMixed
      if (c && !met) c.unmet.push({ rule: 'sectorsMixed', seats: this.tableSlots(t).map((s) => this.key(s)), message: sectorCount < 2 ? `${name} har gjester fra bare én bransje.` : `${name} har for mange fra samme bransje.` })
    }
    if (w.sectorsNotAdjacent > 0 || w.colleaguesAdjacent > 0) {
      for (let s = from; s < to; s++) {
        const g = this.at[s]!
        if (g < 0) continue
        const sec = this.guestSector[g]!
        const o = this.guestOrg[g]!
        let sameSectorNeighbour = -1
        let colleagueNeighbour = false
        for (const n of this.neighbours[s]!) {
          const h = this.at[n]!
          if (h < 0) continue
          if (o >= 0 && this.guestOrg[h] === o) colleagueNeighbour = true
          else if (sec >= 0 && this.guestSector[h] === sec) sameSectorNeighbour = n
        }
        if (w.sectorsNotAdjacent > 0 && sec >= 0) {
          if (sameSectorNeighbour < 0) score += w.sectorsNotAdjacent
          if (c) c.max += w.sectorsNotAdjacent
          if (c && sameSectorNeighbour >= 0 && s < sameSectorNeighbour)
            c.unmet.push({ rule: 'sectorsNotAdjacent', seats: [this.key(s), this.key(sameSectorNeighbour)], message: `${this.guests[g]!.name} og ${this.guests[this.at[sameSectorNeighbour]!]!.name} fra samme bransje sitter side om side.` })
        }
        if (w.colleaguesAdjacent > 0 && o >= 0 && this.hasColleagueAt(from, to, s, o)) {
          if (colleagueNeighbour) score += w.colleaguesAdjacent
          if (c) c.max += w.colleaguesAdjacent
          if (c && !colleagueNeighbour) c.unmet.push({ rule: 'colleaguesAdjacent', seats: [this.key(s)], message: `${this.guests[g]!.name} sitter ved samme bord som en kollega, men ikke ved siden av.` })
        }
      }
    }
    return score
  }

  /** Weighted score of the organisation rule for one organisation (together or apart). */
  orgScore(o: number, c?: Collector): number {
    const weight = this.w.organisationGrouping
    if (weight <= 0) return 0
    const members = this.orgGuests[o]!
    let seated = 0
    let sameTablePairs = 0
    let pairs = 0
    for (let i = 0; i < members.length; i++) {
      const si = this.slotOf[members[i]!]!
      if (si < 0) continue
      seated++
      for (let j = i + 1; j < members.length; j++) {
        const sj = this.slotOf[members[j]!]!
        if (sj < 0) continue
        pairs++
        if (this.slotTable[si] === this.slotTable[sj]) sameTablePairs++
      }
    }
    if (seated < 2) return 0
    const met = this.rules.organisationMode === 'together' ? sameTablePairs === pairs : sameTablePairs === 0
    if (c) {
      c.max += weight
      if (!met) {
        const placed = members.filter((g) => this.slotOf[g]! >= 0)
        const names = placed.map((g) => this.guests[g]!.name).join(', ')
        c.unmet.push({
          rule: 'organisationGrouping',
          seats: placed.map((g) => this.key(this.slotOf[g]!)),
          message: this.rules.organisationMode === 'together' ? `${names} fra samme virksomhet sitter ved ulike bord.` : `${names} fra samme virksomhet sitter ved samme bord.`,
        })
      }
    }
    return met ? weight : 0
  }

  /**
   * Hosts meet new guests: each host with a guest here they sat with at an earlier lunch scores
   * when none of those guests is at their table. Hosts without such a guest do not count.
   */
  private hostsMeetNewScore(t: number, from: number, to: number, c?: Collector): number {
    const weight = this.w.hostsMeetNew
    let score = 0
    for (let s = from; s < to; s++) {
      const h = this.at[s]!
      if (h < 0 || this.hostMet[h]!.length === 0) continue
      let again = -1
      for (const g of this.hostMet[h]!) {
        const slot = this.slotOf[g]!
        if (slot >= 0 && this.slotTable[slot] === t) {
          again = g
          break
        }
      }
      if (again < 0) score += weight
      if (c) c.max += weight
      if (c && again >= 0)
        c.unmet.push({
          rule: 'hostsMeetNew',
          seats: [this.key(s), this.key(this.slotOf[again]!)],
          message: `${this.guests[h]!.name} satt sammen med ${this.guests[again]!.name} ved en tidligere lunsj, og sitter ved samme bord igjen (${this.tables[t]!.name}).`,
        })
    }
    return score
  }

  private hasColleagueAt(from: number, to: number, slot: number, o: number): boolean {
    for (let s = from; s < to; s++) {
      const h = this.at[s]!
      if (s !== slot && h >= 0 && this.guestOrg[h] === o) return true
    }
    return false
  }

  tableSlots(t: number): number[] {
    const out: number[] = []
    for (let s = this.tableStart[t]!; s < this.tableStart[t + 1]!; s++) if (this.at[s]! >= 0) out.push(s)
    return out
  }

  totalScore(c?: Collector): number {
    let score = 0
    for (let t = 0; t < this.tables.length; t++) score += this.tableScore(t, c)
    for (let o = 0; o < this.orgGuests.length; o++) score += this.orgScore(o, c)
    return score
  }
}
