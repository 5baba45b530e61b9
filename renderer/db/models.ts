/**
 * The records the database stores. Each is defined with its concept in renderer/domain/; this file
 * lists them for the schema and the repositories.
 */
export type { Iso, DateOnly, BaseRecord, Attachment, AuditAction, AuditEntry } from '../domain/record'
export type { Tier, PipelineStatus, PersonRole, CriterionKey, ExpectationKey, AssessmentStatus, CertificationKind, Assessment, Organisation, StatusEvent, Person, Sector } from '../domain/organisation/types'
export type { EventKind, RegistrationStatus, MeetingEvent, LunchHost, SigningLunch, Registration } from '../domain/event/types'
export type { SeatingPlan, LunchTable, SeatingPlanData } from '../domain/seating/records'
export type { ReportStatus, AnnualReport, ReportChecklist } from '../domain/report/types'
export type { ClimateContract, ContractTemplate } from '../domain/contract/types'
export type { Application, ApplicationAnswer } from '../domain/application/types'
export type { DeviceInfo, SyncPoint, ErasureRecord } from '../domain/backup/records'
export type { InvitationLogEntry, InvitationLogKind } from '../domain/event/invitation-log'
export type { DietRecord } from '../domain/event/diet'
