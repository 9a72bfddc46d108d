import type { Dataset } from '../data/dataset.ts'
import { mergeEdits } from '../store/merge-edits.ts'
import type { PlaceEdit } from '../store/place-edit.ts'

/**
 * The dataset as published: the shipped one with the store's edits merged into its sites and
 * parks (`mergeEdits`); everything else is shared, not copied.
 */
export function withEdits(dataset: Dataset, edits: readonly PlaceEdit[]): Dataset {
  if (edits.length === 0) return dataset
  const merged = mergeEdits(dataset, edits)
  return { ...dataset, sites: merged.sites.features, parks: merged.parks.features }
}
