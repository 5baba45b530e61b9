export * from './types'
export { autoSeat, type AutoSeatOptions } from './auto-seat'
export { evaluatePlan } from './evaluate'
export { roundRobinSeat } from './round-robin'
