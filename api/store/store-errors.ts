/** Base class of the store's expected failures (bad requests, not bugs). */
export class StoreError extends Error {
  override name = 'StoreError'
}

/** The embedded database folder is open in another process. */
export class StoreBusyError extends StoreError {
  override name = 'StoreBusyError'
}

/** A write was based on a stale version of a place (HTTP 409/412), or the id is taken. */
export class ConflictError extends StoreError {
  override name = 'ConflictError'
  constructor(
    message: string,
    /** The place's current version, `null` when it does not exist. */
    readonly currentVersion: number | null,
  ) {
    super(message)
  }
}

/** A place, change, user or session that does not exist. */
export class NotFoundError extends StoreError {
  override name = 'NotFoundError'
}

/** One reason a write was refused: which place, which field, what was expected. */
export interface PlaceProblem {
  kind: string
  id: string
  /** Field path inside the feature, e.g. `properties.sectors[0]` or `geometry.coordinates`. */
  field: string
  message: string
  /** The check:data rule that found it, when one did. */
  rule?: string
}

/** A write that would publish invalid data; nothing was written. */
export class PlaceValidationError extends StoreError {
  override name = 'PlaceValidationError'
  constructor(readonly problems: readonly PlaceProblem[]) {
    super(
      problems
        .slice(0, 5)
        .map((p) => `${p.kind} ${p.id} · ${p.field}: ${p.message}`)
        .join('; ') + (problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''),
    )
  }
}

/** An input the store refuses (a taken user name, a blank change note…): a bad request. */
export class InputError extends StoreError {
  override name = 'InputError'
}

/** The acting user may not do this (disabled, or the role is too weak). */
export class PermissionError extends StoreError {
  override name = 'PermissionError'
}
