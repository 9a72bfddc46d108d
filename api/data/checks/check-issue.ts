import type { Dataset } from '../dataset.ts'
import type { DistrictIndex } from './district-index.ts'

/** Names of the data checks, as printed in `[rule]` after each issue. */
export type CheckRuleName =
  | 'unique-ids'
  | 'geometry-valid'
  | 'in-claimed-district'
  | 'districts-tile'
  | 'references-exist'
  | 'citations-resolve'
  | 'target-in-clause'
  | 'clause-spans'
  | 'precision-fields'
  | 'layers-not-empty'
  | 'derived-fields'
  | 'stated-coordinates'
  | 'park-extent'
  | 'no-shared-geometries'
  | 'site-in-park'
  | 'sites-not-stacked'
  | 'district-points-inside'
  | 'equivalences-resolve'
  | 'place-sourced'

/**
 * One problem found by a data check: the `file` (relative to the data folder), the record or
 * feature `id` (`""` when the problem is about the file as a whole), the `field` path inside
 * the record and a `message` saying what is wrong.
 */
export interface CheckIssue {
  rule: CheckRuleName
  file: string
  id: string
  field: string
  message: string
}

/** Shared, precomputed lookups the checks use (built once per `checkDataset` call). */
export interface CheckContext {
  districts: DistrictIndex
}

/** A data check: pure, reads the dataset, returns its issues (empty when the data passes). */
export type CheckRule = (dataset: Dataset, context: CheckContext) => CheckIssue[]

/** Builds issues of one rule with less repetition. */
export function issueMaker(rule: CheckRuleName) {
  return (file: string, id: string, field: string, message: string): CheckIssue => ({
    rule,
    file,
    id,
    field,
    message,
  })
}
