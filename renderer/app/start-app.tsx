/**
 * Starts the app: the shell, the router and every page. Its own chunk, so a first start can show its
 * question before this loads (issue 17: first start).
 */
import { StrictMode, type ReactElement } from 'react'
import type { Root } from 'react-dom/client'
import { matchRoutes } from 'react-router'
import { backupBeforeUpgradeIfNeeded } from '../features/data'
import { App, appRoutes } from './App'
import { firstPaint } from './first-paint'
import '../styles.css'

export function startApp(root: Root): void {
  // The database code (Dexie and the schema) is its own chunk, loaded once the first screen is on
  // screen rather than before it: creating the database in a fresh profile takes a while.
  const database = firstPaint.then(() => import('../db/db'))
  void database.then(({ requestPersistentStorage }) => requestPersistentStorage())

  // A schema upgrade waits for its backup (never more than a minute), so nothing is lost to a bad
  // upgrade. Opened only after that backup (it reads the database as it was), and after the first paint.
  void Promise.race([backupBeforeUpgradeIfNeeded().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 60_000))]).finally(() => {
    void database.then(({ openDatabaseEarly }) => openDatabaseEarly())
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}

/**
 * Loads the code of the page at `path` without showing it: a first start does this while the name
 * is typed, so Start opens the page at once. Pages are lazy (components/lazy-page) with a `preload`.
 */
export function preloadPage(path: string): void {
  for (const match of matchRoutes(appRoutes, path) ?? []) {
    const page = (match.route.element as ReactElement | undefined)?.type as { preload?: () => Promise<unknown> } | undefined
    void page?.preload?.().catch(() => {})
  }
}
