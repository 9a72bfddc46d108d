import type { ParkFeature, SiteFeature } from '../domain/index.ts'

/** The two kinds of place editors change: project sites (points) and parks (areas). */
export type PlaceKind = 'site' | 'park'
export const PLACE_KINDS: readonly PlaceKind[] = ['site', 'park']

export type PlaceFeature = SiteFeature | ParkFeature

export interface PlaceKey {
  kind: PlaceKind
  id: string
}

/**
 * One entry of the overlay over the shipped geodata: `edited` (the feature replaces the shipped
 * one or adds a place), `deleted` (soft-deleted: not published) or `base` (reverted to the
 * shipped feature). `version` grows by one with every change of the place; a place without an
 * entry is at version 0 (the shipped feature, never edited).
 */
export interface PlaceEdit extends PlaceKey {
  state: 'edited' | 'deleted' | 'base'
  /** The published feature when `edited`, else `null`. */
  feature: PlaceFeature | null
  version: number
  updatedAt: Date
  /** User name of whoever made the current state. */
  updatedBy: string
}

/**
 * What a place is in the store: `absent` (never existed), `base` (the shipped feature),
 * `edited` (a feature from the store), `deleted` (soft-deleted).
 */
export type PlaceState = 'absent' | 'base' | 'edited' | 'deleted'

/** `site:tianjin-lishen` — the form change feeds and messages use. */
export function placeLabel({ kind, id }: PlaceKey): string {
  return `${kind}:${id}`
}
