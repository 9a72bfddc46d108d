import type { ParkFeature, SiteFeature } from '../domain/index.ts'
import type { PlaceEdit, PlaceKind } from './place-edit.ts'

/** The shipped parks and sites (the published base). */
export interface PlaceBaseData {
  sites: readonly SiteFeature[]
  parks: readonly ParkFeature[]
}

/** A GeoJSON FeatureCollection of one kind of feature. */
export interface Collection<F> {
  type: 'FeatureCollection'
  features: F[]
}

export interface PublishedPlaces {
  sites: Collection<SiteFeature>
  parks: Collection<ParkFeature>
}

/**
 * The data the map publishes: the base with every `edited` feature in place of the shipped one
 * (new places after the shipped ones, by id), `deleted` places left out and `base` entries
 * changing nothing. Pure; the server indexes the result and `data:export` writes it.
 * @example mergeEdits({ sites, parks }, await store.currentEdits()).sites.features.length
 */
export function mergeEdits(base: PlaceBaseData, edits: readonly PlaceEdit[]): PublishedPlaces {
  return {
    sites: collection(mergeKind('site', base.sites, edits)),
    parks: collection(mergeKind('park', base.parks, edits)),
  }
}

function mergeKind<F extends SiteFeature | ParkFeature>(
  kind: PlaceKind,
  base: readonly F[],
  edits: readonly PlaceEdit[],
): F[] {
  const byId = new Map(edits.filter((e) => e.kind === kind).map((e) => [e.id, e]))
  const shipped = new Set(base.map((f) => f.properties.id))
  const merged: F[] = []
  for (const feature of base) {
    const edit = byId.get(feature.properties.id)
    if (!edit || edit.state === 'base') merged.push(feature)
    else if (edit.state === 'edited' && edit.feature) merged.push(edit.feature as F)
  }
  const added = [...byId.values()]
    .filter((e) => e.state === 'edited' && e.feature && !shipped.has(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const edit of added) merged.push(edit.feature as F)
  return merged
}

function collection<F>(features: F[]): Collection<F> {
  return { type: 'FeatureCollection', features }
}

/**
 * Looks up places' current versions (for ETags and `expectedVersion`): the overlay entry's
 * version, else 0 (the shipped feature, never edited).
 */
export function placeVersions(
  edits: readonly PlaceEdit[],
): (kind: PlaceKind, id: string) => number {
  const versions = new Map(edits.map((e) => [`${e.kind}:${e.id}`, e.version]))
  return (kind, id) => versions.get(`${kind}:${id}`) ?? 0
}
