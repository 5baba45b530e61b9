import type { RouteObject } from 'react-router'
import { AttendanceYearPage } from './AttendanceYearPage'

// Under the events' address: attendance is read per year across events.
export const attendanceRoutes: RouteObject[] = [{ path: 'arrangementer/oppmote', element: <AttendanceYearPage /> }]
