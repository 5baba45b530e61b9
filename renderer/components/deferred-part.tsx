/**
 * A part of the window that the first screen does not need (the sync badge and runner, the
 * automatic backups): its code is its own chunk, loaded once the first screen has painted and the
 * window is idle, so starting the app waits for none of it (issue 17: first start).
 */
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'

/** Longest wait for an idle moment: on a busy start the part still comes within a second or two. */
const IDLE_TIMEOUT_MS = 1500

/** Calls `run` when the window is idle after the next paint; returns a cancel. */
function afterFirstPaint(run: () => void): () => void {
  let idle: number | undefined
  let timer: number | undefined
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    else timer = window.setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
    if (timer !== undefined) window.clearTimeout(timer)
  }
}

/** A component that renders nothing until the first screen is up, then the named export of `load()`. */
export function deferredPart<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  const Part = lazy(async () => ({ default: (await load())[name] as ComponentType }))
  function Deferred() {
    const [ready, setReady] = useState(false)
    useEffect(() => afterFirstPaint(() => setReady(true)), [])
    return ready ? (
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    ) : null
  }
  Deferred.displayName = `Deferred(${name})`
  return Deferred
}
