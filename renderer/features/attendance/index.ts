/** What other features and the app may use from Attendance (see README.md). */
export { attendanceRoutes } from './routes'
export { OrganisationAttendance } from './OrganisationAttendance'
export { loadAttendanceFacts } from './load-attendance-facts'
