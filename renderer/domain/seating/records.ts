/** A signing lunch's seating plan as stored. */
import type { BaseRecord } from '../record'
import type { RuleKey } from './types'

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
    /** Plans stored before a rule existed lack its weight: read them through `withRuleDefaults`. */
    weights: Record<RuleKey, number>
    organisationMode: 'together' | 'apart'
  }
}
