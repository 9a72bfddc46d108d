import { useState } from 'react'
import { FIRST_STAGE_SOURCE_IDS } from '../style/staged-layers.ts'
import type { SourceData } from './use-place-sources.ts'

export type SeedData = Readonly<Record<string, GeoJSON.FeatureCollection>>

/**
 * The first stage's data (districts, parks, sites) as it first arrives, kept from then on:
 * what a live map is created with (`withSourceData`), as a bare MapLibre page puts its data
 * in its style. Null until `sources` has loaded.
 */
export function useFirstStageSeed(sources: SourceData | null): SeedData | null {
  const [seed, setSeed] = useState<SeedData | null>(null)
  if (seed === null && sources !== null) {
    const picked: Record<string, GeoJSON.FeatureCollection> = {}
    for (const id of FIRST_STAGE_SOURCE_IDS) {
      const collection = sources[id as keyof SourceData]
      if (collection) picked[id] = collection
    }
    setSeed(picked)
  }
  return seed
}
