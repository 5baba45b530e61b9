import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openDatabaseEarly, requestPersistentStorage } from './db/db'
import { backupBeforeUpgradeIfNeeded } from './features/data'
import './styles.css'

void requestPersistentStorage()

const root = document.getElementById('root')
if (!root) throw new Error('missing #root')
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )

// A schema upgrade waits for its backup (never more than a minute), so nothing is lost to a bad upgrade.
// Opened only after that backup (it reads the database as it was), and before the first render.
void Promise.race([backupBeforeUpgradeIfNeeded().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 60_000))]).finally(() => {
  openDatabaseEarly()
  render()
})
