import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { Notices } from '../components/Notices'
import { AutomaticBackups } from '../features/data'
import { FirstStartDialog } from '../features/settings'
import { DietCleanup } from '../features/lunches'
import { SyncRunner, SyncStatusBadge } from '../features/sync'
import { afterFirstCommit, firstPaint } from './first-paint'
import { NAV_ITEMS } from './navigation'

/**
 * The window's first frame is the shell (and, on a first start, the question); the page's code and
 * its database reads start once that frame is painted, so they never hold it back (issue 17).
 */
function usePageAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(false)
  useLayoutEffect(afterFirstCommit, [])
  useEffect(() => {
    let left = false
    void firstPaint.then(() => {
      if (!left) setShown(true)
    })
    return () => {
      left = true
    }
  }, [])
  return shown
}

export function Layout() {
  const location = useLocation()
  const main = useRef<HTMLElement>(null)
  const page = usePageAfterFirstPaint()

  // Move focus to the new page so keyboard and screen-reader users start at its top.
  // oxlint-disable-next-line react/exhaustive-effect-dependencies -- the path change is the trigger
  useEffect(() => {
    main.current?.focus({ preventScroll: true })
  }, [location.pathname])

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Hopp til innholdet
      </a>
      <nav className="sidebar" aria-label="Hovedmeny">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            NFK
          </span>
          <span className="brand-name">Næring for klima</span>
        </div>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <SyncStatusBadge />
      </nav>
      {/* The page scrolls in its own box, so the notice area below it never covers a control. */}
      <div className="page-scroll">
        <main id="main" ref={main} tabIndex={-1} className="content">
          {/* Pages load as their own chunks on first visit; from local files that takes a moment only. */}
          <Suspense fallback={null}>{page && <Outlet />}</Suspense>
        </main>
      </div>
      <Notices />
      <FirstStartDialog />
      <AutomaticBackups />
      <DietCleanup />
      <SyncRunner />
    </div>
  )
}
