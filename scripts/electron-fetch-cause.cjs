/**
 * Preloaded (`node --require`) into Electron's own installer by ensure-electron.mjs. The installer
 * prints only the failed download's stack, and a failed fetch's stack says "fetch failed" without
 * the reason, which Node keeps in `error.cause`. This adds the reason's code on a tagged line, so the
 * one-line message can tell a missing network from a refusing mirror or a proxy's certificate.
 */
'use strict'

const TAG = 'nfk-fetch-failure '
const fetch = globalThis.fetch

globalThis.fetch = async function fetchReportingCause(...args) {
  try {
    return await fetch.apply(this, args)
  } catch (error) {
    const cause = error && error.cause
    const code = (cause && (cause.code || cause.name)) || (error && (error.code || error.name)) || 'unknown'
    process.stderr.write(`${TAG}${String(code).replace(/\s+/g, '_')}\n`)
    throw error
  }
}
