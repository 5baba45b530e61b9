/**
 * Speaking-order timing: the presentations must fit the time left of the lunch after the welcome
 * and the signing.
 */
export type SpeakerSlot = { organisationId: string; minutes: number }
export type TimedSpeaker = SpeakerSlot & { start: string; end: string }

export type SpeakingPlan = {
  /** Minutes from the lunch's start to its end. */
  totalMinutes: number
  /** Minutes left for presentations after welcome and signing. */
  availableMinutes: number
  usedMinutes: number
  /** Positive when the presentations run past the end. */
  overrunMinutes: number
  speakers: TimedSpeaker[]
}

/** `"11:30"` → minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h < 24 && min < 60 ? h * 60 + min : null
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`

export function planSpeakingOrder(
  startTime: string,
  endTime: string,
  welcomeMinutes: number,
  signingMinutes: number,
  speakers: readonly SpeakerSlot[],
): SpeakingPlan {
  const start = parseClock(startTime) ?? 0
  const end = parseClock(endTime) ?? start
  const totalMinutes = Math.max(0, end - start)
  const availableMinutes = Math.max(0, totalMinutes - welcomeMinutes - signingMinutes)
  let clock = start + welcomeMinutes + signingMinutes
  const timed = speakers.map((s) => {
    const from = clock
    clock += s.minutes
    return { ...s, start: formatClock(from), end: formatClock(clock) }
  })
  const usedMinutes = speakers.reduce((sum, s) => sum + s.minutes, 0)
  return { totalMinutes, availableMinutes, usedMinutes, overrunMinutes: Math.max(0, usedMinutes - availableMinutes), speakers: timed }
}

/** Shares the available minutes evenly (whole minutes, the first speakers get any remainder). */
export function shareMinutes(availableMinutes: number, count: number): number[] {
  if (count <= 0) return []
  const base = Math.floor(availableMinutes / count)
  const extra = availableMinutes - base * count
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0))
}

/** Moves one item in a list (for drag and keyboard reordering). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return items.slice()
  const out = items.slice()
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item!)
  return out
}
