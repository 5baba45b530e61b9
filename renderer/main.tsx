import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { firstPaint } from './app/first-paint'
import { backupBeforeUpgradeIfNeeded } from './features/data'
import './styles.css'

// The database code (Dexie and the schema) is its own chunk, loaded once the first screen is on
// screen rather than before it: creating the database in a fresh profile takes a while (issue 17).
const database = firstPaint.then(() => import('./db/db'))
void database.then(({ requestPersistentStorage }) => requestPersistentStorage())

const root = document.getElementById('root')
if (!root) throw new Error('missing #root')
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )

// A schema upgrade waits for its backup (never more than a minute), so nothing is lost to a bad upgrade.
// Opened only after that backup (it reads the database as it was), and after the first paint.
void Promise.race([backupBeforeUpgradeIfNeeded().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 60_000))]).finally(() => {
  void database.then(({ openDatabaseEarly }) => openDatabaseEarly())
  render()
})
