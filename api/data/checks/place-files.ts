import type { InfrastructureFeature, ParkFeature, SiteFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'

/** One geodata file's features with the file name issues carry. */
export interface PlaceFile<F> {
  file: string
  features: readonly F[]
}

/**
 * Parks then sites, each with its file: checks loop over these two (or three) entries and
 * their features, instead of a wrapper object per feature (a million sites would make a
 * million wrappers per check).
 */
export function parkAndSiteFiles(dataset: Dataset): PlaceFile<ParkFeature | SiteFeature>[] {
  return [
    { file: GEODATA_FILES.parks, features: dataset.parks },
    { file: GEODATA_FILES.sites, features: dataset.sites },
  ]
}

/** Parks, sites then infrastructure, each with its file (see `parkAndSiteFiles`). */
export function placeFiles(
  dataset: Dataset,
): PlaceFile<ParkFeature | SiteFeature | InfrastructureFeature>[] {
  return [
    ...parkAndSiteFiles(dataset),
    { file: GEODATA_FILES.infrastructure, features: dataset.infrastructure },
  ]
}
