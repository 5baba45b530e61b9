/** Runs the automatic seating off the page's thread, so a large plan never freezes the window. */
import { autoSeat } from './auto-seat'
import type { AutoSeatJob } from './run-auto-seat'

addEventListener('message', (event: MessageEvent<AutoSeatJob>) => {
  const { guests, tables, rules, options } = event.data
  postMessage(autoSeat(guests, tables, rules, options))
})
