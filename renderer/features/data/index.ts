/** What other features may use from Data. */
export { BackupWarning } from './BackupWarning'
