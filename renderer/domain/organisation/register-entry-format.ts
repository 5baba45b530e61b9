/**
 * Whether a register entry (register-entry.ts) is as this version writes it. A module of its own:
 * the first screen's script checks the entries it reads early, and must not carry the projection
 * and the criteria's labels with it (issue 17: first start). Pure.
 */
import type { ActiveEntry, RegisterEntry } from './register-entry'

/**
 * One written before the manual statuses became `unmet` (it has `criteria`) is not: a store holding
 * one is made again from the tables, as a store out of step is.
 */
export const isCurrentEntry = (entry: RegisterEntry): boolean => entry.state !== 'active' || Array.isArray((entry as Partial<ActiveEntry>).unmet)
