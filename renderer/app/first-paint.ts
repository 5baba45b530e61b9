/**
 * The first screen paints before the database and the page's code load (issue 17: first start):
 * they wait for `firstPaint`, which the layout resolves once its first frame is on screen.
 */
let painted: () => void = () => {}
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve
})

/** A frame that never comes (a window hidden while it starts) must not hold the start back. */
const LONGEST_WAIT_MS = 100

/** Called by the layout after its first commit: resolves after the frame that shows it. */
export function afterFirstCommit(): void {
  // A task queued from a frame callback runs after that frame has painted.
  requestAnimationFrame(() => setTimeout(painted, 0))
  setTimeout(painted, LONGEST_WAIT_MS)
}
