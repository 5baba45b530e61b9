import { StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { FirstStartScreen } from './app/FirstStartScreen'
import { isFirstStart } from './app/first-start'
import { userKnown } from './features/settings'
import { startEarlyRegisterRead, startsOnRegister } from './db/repositories/register-early-read'
import './first-screen.css'

/**
 * The entry holds only what a first start shows: React and the name question. The app (router,
 * shell, pages and their stylesheet) is its own chunk, loaded at once on any other start and after
 * the answer on a first start (issue 17: first start).
 */
const element = document.getElementById('root')
if (!element) throw new Error('missing #root')
const root: Root = createRoot(element)

let app: Promise<() => void> | null = null
const loadApp = () => (app ??= import('./app/start-app').then(({ startApp }) => () => startApp(root)))
const startApp = () => void loadApp().then((start) => start())

if (userKnown()) {
  // This window has seen a name, so there is a database: the app starts at once. A start on the
  // register begins its raw read now, before React and the app's chunk evaluate (issue 17).
  const onRegister = startsOnRegister(location.hash)
  if (onRegister) startEarlyRegisterRead()
  // The app's chunk is asked for first: the shell needs it before any page, and the register's
  // graph below is some 40 files that the browser fetches a few at a time.
  startApp()
  // Its routes module asks for the page's code as soon as it runs (routes.tsx): asked for here, with
  // the page's whole graph (vite.renderer.config.ts), it loads beside the app's chunk instead of
  // after it, so the code is there when the rows are.
  if (onRegister) void import('./features/organisations').catch(() => {})
} else {
  // Most likely a first start. The question shows at once, while IndexedDB's list (whose first call
  // in a new profile takes a while) says whether a database exists.
  const firstStart = isFirstStart()
  // No database yet, so nothing to back up: it is created as soon as the name is being typed. Then,
  // when the thread is idle between keystrokes, the app's code and its first page's load (not shown),
  // so Start opens the page at once.
  const prepareDatabase = () =>
    void firstStart.then(async (first) => {
      if (!first) return
      ;(await import('./db/db')).openDatabaseEarly()
      requestIdleCallback(() => void import('./app/start-app').then(({ preloadPage }) => preloadPage(location.hash.replace(/^#/, '') || '/')))
    })
  root.render(
    <StrictMode>
      <FirstStartScreen firstStart={firstStart} loadApp={loadApp} prepareDatabase={prepareDatabase} />
    </StrictMode>,
  )
  // A database without this window's hint: the app starts, and its shell asks if it has no name.
  void firstStart.then((first) => first || startApp())
}
