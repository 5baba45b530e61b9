/** A signing lunch's seating plan as stored. */
import type { BaseRecord } from '../record'

export type SeatingPlan = BaseRecord & {
  eventId: string
  data: SeatingPlanData
}

export type LunchTable = { id: string; name: string; shape: 'round' | 'rect'; seats: number }

/** Guest ids are registration ids, `host:<id>` for hosts and `commissioner` for the commissioner. */
export type SeatingPlanData = {
  tables: LunchTable[]
  /** `tableId:seatIndex` → guest id. */
  assignment: Record<string, string>
  locked: string[]
  rules: {
    weights: Record<'hostsSpread' | 'organisationGrouping' | 'sectorsMixed' | 'sectorsNotAdjacent' | 'colleaguesAdjacent', number>
    organisationMode: 'together' | 'apart'
  }
}
