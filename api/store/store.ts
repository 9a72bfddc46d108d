import type { Role } from '../domain/role.ts'
import { applyEdit, type EditRequest } from './apply-edit.ts'
import { type ChangeListener, createChangeNotifier } from './change-notifier.ts'
import type { ChangeRecord } from './change-record.ts'
import { readDataVersion } from './data-version.ts'
import { type ImportRequest, importChangeSet } from './import-change-set.ts'
import { type ChangeQuery, getChange, listChanges } from './list-changes.ts'
import {
  type ThrottlePolicy,
  throttleFailure,
  throttleReset,
  throttleStatus,
} from './login-throttle.ts'
import { type MigrateResult, migrate } from './migrate.ts'
import type { PlaceEdit, PlaceKey } from './place-edit.ts'
import type { PlacePolicy } from './place-policy.ts'
import { type CurrentPlace, readOverlay, readPlace } from './place-rows.ts'
import { revertChange, revertChangeSet } from './revert-change.ts'
import {
  createSession,
  DEFAULT_SESSION_POLICY,
  deleteSession,
  expireSessions,
  lookupSession,
  type Session,
  type SessionPolicy,
  touchSession,
} from './sessions.ts'
import type { SqlDriver } from './sql-driver.ts'
import { placePolicy, type StoreContext } from './store-context.ts'
import {
  createUser,
  findUser,
  findUserForLogin,
  listUsers,
  type User,
  type UserChange,
  updateUser,
} from './users.ts'
import type { WriteResult } from './write-places.ts'

export interface StoreOptions {
  /** Base data and write rules for place writes (omit for account-only use, e.g. the users CLI). */
  places?: PlacePolicy
  /** Clock; tests move it. */
  now?: () => Date
  /** Session lifetimes (default `DEFAULT_SESSION_POLICY`). */
  sessions?: SessionPolicy
}

/**
 * The system of record for edits, accounts and sessions, on PGlite or PostgreSQL alike.
 * Built by `openStore`; every method is one small module's function bound to this database.
 */
export function createStore(driver: SqlDriver, options: StoreOptions = {}) {
  const notifier = createChangeNotifier(driver)
  const ctx: StoreContext = {
    driver,
    now: options.now ?? (() => new Date()),
    places: options.places,
    published: notifier.publish,
  }
  const sessionPolicy = options.sessions ?? DEFAULT_SESSION_POLICY
  return {
    backend: driver.backend,
    /** How long sessions live (idle, absolute). */
    sessionPolicy,
    location: driver.location,
    migrate: (): Promise<MigrateResult> => migrate(driver),
    async close(): Promise<void> {
      await notifier.close()
      await driver.close()
    },
    // accounts
    createUser: (input: { name: string; role: Role; passwordHash: string }): Promise<User> =>
      createUser(ctx, input),
    listUsers: (): Promise<User[]> => listUsers(ctx),
    findUser: (name: string): Promise<User | null> => findUser(ctx, name),
    findUserForLogin: (name: string) => findUserForLogin(ctx, name),
    updateUser: (name: string, change: UserChange): Promise<User> => updateUser(ctx, name, change),
    // sessions
    createSession: (userId: number): Promise<{ token: string; session: Session }> =>
      createSession(ctx, userId, sessionPolicy),
    lookupSession: (token: string): Promise<{ session: Session; user: User } | null> =>
      lookupSession(ctx, token, sessionPolicy),
    touchSession: (token: string): Promise<void> => touchSession(ctx, token, sessionPolicy),
    deleteSession: (token: string): Promise<void> => deleteSession(ctx, token),
    expireSessions: (): Promise<number> => expireSessions(ctx),
    // sign-in throttling
    throttleStatus: (keys: readonly string[]) => throttleStatus(ctx, keys),
    throttleFailure: (key: string, policy: ThrottlePolicy) => throttleFailure(ctx, key, policy),
    throttleReset: (key: string) => throttleReset(ctx, key),
    // places and history
    applyEdit: (request: EditRequest): Promise<WriteResult> => applyEdit(ctx, request),
    importChangeSet: (request: ImportRequest): Promise<WriteResult> =>
      importChangeSet(ctx, request),
    listChanges: (query: ChangeQuery): Promise<ChangeRecord[]> => listChanges(ctx, query),
    getChange: (id: number): Promise<ChangeRecord> => getChange(ctx, id),
    revertChange: (id: number, userId: number, note?: string): Promise<WriteResult> =>
      revertChange(ctx, id, userId, note),
    revertChangeSet: (id: number, userId: number, note?: string): Promise<WriteResult> =>
      revertChangeSet(ctx, id, userId, note),
    currentEdits: (): Promise<PlaceEdit[]> => readOverlay(driver),
    /** One place as the database has it now: state, version and published feature. */
    currentPlace: (key: PlaceKey): Promise<CurrentPlace> =>
      readPlace(driver, placePolicy(ctx), key, { lock: false }),
    dataVersion: (): Promise<number> => readDataVersion(driver),
    /** Calls `listener` with each newer data version, from this or another instance (≤ 2 s). */
    onChange: (listener: ChangeListener): Promise<() => void> => notifier.onChange(listener),
  }
}

export type Store = ReturnType<typeof createStore>
