import type { CheckIssue } from '../data/check-dataset.ts'
import { checkDataset } from '../data/check-dataset.ts'
import { GEODATA_FILES } from '../data/data-files.ts'
import type { Dataset } from '../data/dataset.ts'
import { formatIssue } from '../data/format-issue.ts'
import { describeZodIssues } from '../data/zod-issue-text.ts'
import { ParkFeatureSchema, SiteFeatureSchema } from '../domain/index.ts'
import type { PlaceEdit, PlaceKey } from '../store/place-edit.ts'
import type { PlaceProblem } from '../store/store-errors.ts'
import { withEdits } from './with-edits.ts'

const SCHEMAS = { site: SiteFeatureSchema, park: ParkFeatureSchema } as const

/**
 * Thin adapter from a store write to the project's one rule set (check:data): each changed
 * feature is parsed with its domain schema (field paths and expectations in words), then every
 * `checkDataset` rule runs on the dataset as it would be published. Problems the shipped data
 * already had (`baseline`) are not blamed on the write.
 */
export function placeProblems(
  dataset: Dataset,
  overlay: readonly PlaceEdit[],
  changed: readonly PlaceKey[],
  baseline: ReadonlySet<string>,
): PlaceProblem[] {
  const schemaProblems = changed.flatMap((key) => {
    const edit = overlay.find((e) => e.kind === key.kind && e.id === key.id)
    if (!edit?.feature) return []
    const result = SCHEMAS[key.kind].safeParse(edit.feature)
    if (result.success) return []
    return describeZodIssues(result.error.issues, edit.feature).map(({ field, text }) => ({
      ...key,
      field,
      message: text,
      rule: 'schema',
    }))
  })
  if (schemaProblems.length > 0) return schemaProblems
  return checkDataset(withEdits(dataset, overlay))
    .filter((issue) => !baseline.has(formatIssue(issue)))
    .map(placeProblem)
}

/** The issues a dataset already has, as keys for `placeProblems`' baseline. */
export function issueKeys(dataset: Dataset): Set<string> {
  return new Set(checkDataset(dataset).map(formatIssue))
}

const KIND_BY_FILE: Record<string, string> = {
  [GEODATA_FILES.sites]: 'site',
  [GEODATA_FILES.parks]: 'park',
}

function placeProblem(issue: CheckIssue): PlaceProblem {
  return {
    kind: KIND_BY_FILE[issue.file] ?? issue.file,
    id: issue.id,
    field: issue.field,
    message: issue.message,
    rule: issue.rule,
  }
}
