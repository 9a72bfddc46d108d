import type { Dataset } from '../data/dataset.ts'
import type { PlaceFeature, PlaceKind } from '../store/place-edit.ts'
import type { PlacePolicy } from '../store/place-policy.ts'
import { issueKeys, placeProblems } from './place-problems.ts'

/**
 * The store's place policy for a loaded (shipped) dataset: its parks and sites are the base,
 * and every write must pass check:data on the data it would publish (see `placeProblems`).
 * Costs one `checkDataset` run here (unless `baseline`, the shipped data's issue keys, is
 * given) and one per write (~0.6 s on the full data, 2 cores).
 */
export function createPlacePolicy(
  dataset: Dataset,
  baseline: ReadonlySet<string> = issueKeys(dataset),
): PlacePolicy {
  // built on the first write or edit read, not at start-up (a million sites take a second)
  let base: Record<PlaceKind, Map<string, PlaceFeature>> | undefined
  const byId = () => {
    base ??= {
      site: new Map(dataset.sites.map((f) => [f.properties.id, f])),
      park: new Map(dataset.parks.map((f) => [f.properties.id, f])),
    }
    return base
  }
  return {
    base: (kind, id) => byId()[kind].get(id),
    check: (overlay, changed) => placeProblems(dataset, overlay, changed, baseline),
  }
}
