import type { PlacePolicy } from './place-policy.ts'
import type { SqlDriver } from './sql-driver.ts'

/** What every store module works with. */
export interface StoreContext {
  driver: SqlDriver
  /** The clock (tests move it to expire sessions and throttles). */
  now: () => Date
  /** Base data and write rules; place writes fail without it. */
  places: PlacePolicy | undefined
  /** Tells this instance's onChange listeners about a version it just committed. */
  published: (dataVersion: number) => void
}

/** The place policy, or a clear error for a store opened without the base data. */
export function placePolicy(ctx: StoreContext): PlacePolicy {
  if (!ctx.places) {
    throw new Error('this store was opened without the base dataset (openStore({ places }))')
  }
  return ctx.places
}
