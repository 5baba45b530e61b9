/** An application from the digital application form: the date and every answer as given. */
import type { Tier } from '../organisation/types'
import type { BaseRecord, DateOnly } from '../record'

/** One question of the form and the applicant's answer, exactly as the export had them. */
export type ApplicationAnswer = {
  question: string
  answer: string
  /** The app's field the column was mapped to on import (`measures`, `tier`, …), if any. */
  field?: string
}

export type Application = BaseRecord & {
  organisationId: string
  /** The form's own id for the response; a later export with the same id is the same application. */
  formId: string
  /** The day the applicant finished the form (the form's finish time, Oslo time). */
  date: DateOnly
  /** Start and finish time as the form wrote them (local time, `YYYY-MM-DDTHH:mm[:ss]`), or '' when absent. */
  startedAt: string
  submittedAt: string
  /** The tier asked for in "Ønsker å bli". */
  tier: Tier
  answers: ApplicationAnswer[]
  /** File the application came from. */
  source: string
}
