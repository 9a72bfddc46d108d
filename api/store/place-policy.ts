import type { PlaceEdit, PlaceFeature, PlaceKey, PlaceKind } from './place-edit.ts'
import type { PlaceProblem } from './store-errors.ts'

/**
 * What the store needs to know about the published data to write places: the shipped base
 * (for versions and "before" snapshots) and the rules every write must pass. The curation
 * layer builds it from the loaded dataset (`api/curation/place-policy.ts`).
 */
export interface PlacePolicy {
  /** The shipped feature of a place, `undefined` when the base has none. */
  base(kind: PlaceKind, id: string): PlaceFeature | undefined
  /**
   * Problems the published data would have with `overlay` (the full set of edits after this
   * write); `changed` are the places this write touches. Runs inside the write transaction,
   * after writes are serialised, so two concurrent writes cannot each pass alone and fail
   * together. Empty = accept.
   */
  check?(overlay: readonly PlaceEdit[], changed: readonly PlaceKey[]): readonly PlaceProblem[]
}
