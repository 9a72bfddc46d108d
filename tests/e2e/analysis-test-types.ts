/** Response types the analysis browser tests read from the API (from the domain contract). */
export type {
  ChainCompletenessResult,
  SiteFeature,
  WithinResult,
} from '../../api/domain/index.ts'

import type { SiteFeature } from '../../api/domain/index.ts'

/** `GET /api/sites/:id` (the part the tests read). */
export interface SiteDetail {
  feature: SiteFeature
}
