import { useEffect } from 'react'
import { deleteExpiredDiets } from '../../db/repositories/diets-repo'
import { todayInOslo } from '../../lib/dates'

/** Checked at start and every hour, so a laptop left running deletes on the right day too. */
const CHECK_EVERY_MS = 60 * 60 * 1000

/** Dietary needs are health data: deleted 7 days after the lunch, at start and while running. */
export function DietCleanup() {
  useEffect(() => {
    const run = () => void deleteExpiredDiets(todayInOslo())
    run()
    const timer = setInterval(run, CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])
  return null
}
