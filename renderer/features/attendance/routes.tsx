import type { RouteObject } from 'react-router'
import { lazyPage } from '../../components/lazy-page'

const AttendanceYearPage = lazyPage(() => import('./AttendanceYearPage'), 'AttendanceYearPage')

// Under the events' address: attendance is read per year across events.
export const attendanceRoutes: RouteObject[] = [{ path: 'arrangementer/oppmote', element: <AttendanceYearPage /> }]
