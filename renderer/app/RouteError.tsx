import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/** Shown instead of a blank window when a page fails; says what happened in Norwegian. */
export function RouteError() {
  const error = useRouteError()
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error)
  return (
    <main className="content" id="main">
      <h1>Noe gikk galt</h1>
      <p>Siden kunne ikke vises. Ingen data er endret. Prøv igjen, eller gå til oversikten.</p>
      <p className="field-hint">Teknisk melding: {detail}</p>
      <p>
        <Link to="/">Gå til oversikten</Link>
      </p>
    </main>
  )
}
