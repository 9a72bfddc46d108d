import type { Dataset } from '../data/dataset.ts'
import type { DatasetIndex } from '../index-data/build-dataset-index.ts'

/** What every route module is built from: the validated data, its indexes and build info. */
export interface ApiContext {
  ds: Dataset
  index: DatasetIndex
  /** Package version, reported by `/api/health` and the OpenAPI document. */
  version: string
  /** When the data was loaded (start-up). */
  loadedAt: Date
  /**
   * Content hash of `ds` (`datasetVersion`), part of every cached representation's key:
   * whatever changes the data must set a new one, so no stale answer is served.
   */
  dataVersion: string
  /** An operator's basemap style (`BASEMAP_STYLE_URL`), or null/absent: the offline one. */
  basemapStyleUrl?: string | null
}
