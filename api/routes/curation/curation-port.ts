import type { ParkFeature, SiteFeature } from '../../domain/index.ts'
import type { Role } from '../../domain/role.ts'
import type { ChangeEntry, ImportReport } from './curation-schemas.ts'

/** The two kinds of place editors change. */
export type PlaceKind = 'site' | 'park'
export type PlaceFeature = SiteFeature | ParkFeature

/** The signed-in account behind a request. */
export interface SessionUser {
  id: number
  name: string
  role: Role
}

export type SignInOutcome =
  | { ok: true; user: SessionUser; token: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number }

/** A place as the edit database has it now (not as this instance last published it). */
export interface CurrentPlace {
  /** The feature the map shows, `null` when the place does not exist or was deleted. */
  feature: PlaceFeature | null
  /** 0 = shipped, never edited; `null` = never existed. */
  version: number | null
}

export interface PlaceWrite {
  kind: PlaceKind
  id: string
  /** The whole new feature, or `null` to soft-delete. */
  feature: PlaceFeature | null
  /** The version the editor started from, `null` to create. */
  expectedVersion: number | null
  user: SessionUser
  note: string
}

/** What a write or a revert committed. */
export interface WriteOutcome {
  changeSetId: number
  /** The edit database's version after it (published here before the answer is sent). */
  dataVersion: number
  changes: { kind: PlaceKind; id: string; changeId: number; version: number }[]
}

/**
 * Everything the curation routes need from the edit database, as plain data: sessions,
 * place writes, history, revert and import. The server implements it over the store
 * (`api/curation/curation-service.ts`); the routes stay browser-safe for the typed client.
 * Failures throw the store's errors (`api/store/store-errors.ts`), which the routes map to
 * HTTP statuses.
 */
export interface CurationPort {
  signIn(input: { name: string; password: string; ip: string }): Promise<SignInOutcome>
  /** The user of a live session, or `null` (unknown, expired, disabled). */
  sessionUser(token: string): Promise<SessionUser | null>
  signOut(token: string): Promise<void>
  /** The session cookie's lifetime (the absolute expiry), seconds. */
  sessionMaxAgeS: number
  currentPlace(kind: PlaceKind, id: string): Promise<CurrentPlace>
  /** Writes one place, then waits until this instance publishes the new data (≤ 2 s). */
  writePlace(write: PlaceWrite): Promise<WriteOutcome>
  listChanges(query: ChangeFeedQuery): Promise<ChangeEntry[]>
  /** Admin: undoes one change (`changeSet: false`) or a whole change set, as a new change. */
  revert(input: {
    id: number
    changeSet: boolean
    user: SessionUser
    note?: string
  }): Promise<WriteOutcome>
  /** The sites CSV's report; with `user`, also imports it (all rows or none). */
  importSites(input: { csv: string; user?: SessionUser; note?: string }): Promise<{
    report: ImportReport
    written: WriteOutcome | null
  }>
}

export interface ChangeFeedQuery {
  place?: { kind: PlaceKind; id: string }
  changeSetId?: number
  limit: number
  /** Only changes with a smaller id (the next page). */
  before?: number
}
