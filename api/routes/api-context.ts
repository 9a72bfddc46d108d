import type { Dataset } from '../data/dataset.ts'
import type { DatasetIndex } from '../index-data/build-dataset-index.ts'
import type { CurationPort, PlaceKind } from './curation/curation-port.ts'

/**
 * What every route module is built from: the validated data as published at one data version,
 * its indexes and build info. The app builds a new one (and new routes) for each data version.
 */
export interface ApiContext {
  ds: Dataset
  index: DatasetIndex
  /** Package version, reported by `/api/health` and the OpenAPI document. */
  version: string
  /** When this data version was loaded or published. */
  loadedAt: Date
  /**
   * Content hash of the shipped data plus the edit database's version: part of every cached
   * representation's key, so no stale answer is served after an edit.
   */
  dataVersion: string
  /** A place's edit version (0 = as shipped, never edited): part of its detail's ETag. */
  placeVersion: (kind: PlaceKind, id: string) => number
  /** The edit database (sessions, writes, history, import), or `null` for a read-only app. */
  curation: CurationPort | null
  /** The newest context: a write answers from it once its own edit is published. */
  live: () => ApiContext
  /** Reverse proxies in front of the server whose X-Forwarded-* headers are trusted. */
  trustProxy: number
  /** An operator's basemap style (`BASEMAP_STYLE_URL`), or null/absent: the offline one. */
  basemapStyleUrl?: string | null
}
