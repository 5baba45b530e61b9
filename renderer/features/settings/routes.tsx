import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage')

export const settingsRoutes: RouteObject[] = [{ path: 'innstillinger', element: <SettingsPage /> }]
