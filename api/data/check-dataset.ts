import type { CheckIssue, CheckRule, CheckRuleName } from './checks/check-issue.ts'
import { citationsResolve } from './checks/citations-resolve.ts'
import { clauseSpans } from './checks/clause-spans.ts'
import { derivedFields } from './checks/derived-fields.ts'
import { buildDistrictIndex } from './checks/district-index.ts'
import { districtPointsInside } from './checks/district-points-inside.ts'
import { districtsTile } from './checks/districts-tile.ts'
import { equivalencesResolve } from './checks/equivalences-resolve.ts'
import { geometryValid } from './checks/geometry-valid.ts'
import { inClaimedDistrict } from './checks/in-claimed-district.ts'
import { layersNotEmpty } from './checks/layers-not-empty.ts'
import { noSharedGeometries } from './checks/no-shared-geometries.ts'
import { parkExtent } from './checks/park-extent.ts'
import { placeSourced } from './checks/place-sourced.ts'
import { precisionFields } from './checks/precision-fields.ts'
import { referencesExist } from './checks/references-exist.ts'
import { siteInPark } from './checks/site-in-park.ts'
import { sitesNotStacked } from './checks/sites-not-stacked.ts'
import { statedCoordinates } from './checks/stated-coordinates.ts'
import { targetInClause } from './checks/target-in-clause.ts'
import { uniqueIds } from './checks/unique-ids.ts'
import type { Dataset } from './dataset.ts'

export type { CheckIssue, CheckRuleName } from './checks/check-issue.ts'

/** Every data check, in the order issues are reported. */
export const CHECK_RULES: Readonly<Record<CheckRuleName, CheckRule>> = {
  'unique-ids': uniqueIds,
  'references-exist': referencesExist,
  'citations-resolve': citationsResolve,
  'clause-spans': clauseSpans,
  'target-in-clause': targetInClause,
  'geometry-valid': geometryValid,
  'in-claimed-district': inClaimedDistrict,
  'districts-tile': districtsTile,
  'precision-fields': precisionFields,
  'layers-not-empty': layersNotEmpty,
  'derived-fields': derivedFields,
  'stated-coordinates': statedCoordinates,
  'park-extent': parkExtent,
  'no-shared-geometries': noSharedGeometries,
  'site-in-park': siteInPark,
  'sites-not-stacked': sitesNotStacked,
  'district-points-inside': districtPointsInside,
  'equivalences-resolve': equivalencesResolve,
  'place-sourced': placeSourced,
}

/**
 * Runs every data check on a loaded dataset (pure, no I/O) and returns all issues, each
 * naming rule, file, record id and field; an empty array means the data passes. A check that
 * throws (e.g. turf on a pathological geometry) becomes an issue of its rule.
 * @example checkDataset(await loadDataset('.')) // []
 */
export function checkDataset(dataset: Dataset): CheckIssue[] {
  const context = { districts: buildDistrictIndex(dataset.districts) }
  return Object.entries(CHECK_RULES).flatMap(([rule, check]) => {
    try {
      return check(dataset, context)
    } catch (error) {
      const message = `check failed to run: ${(error as Error).message}`
      return [{ rule: rule as CheckRuleName, file: '', id: '', field: '', message }]
    }
  })
}
