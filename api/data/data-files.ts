/**
 * Where each part of the dataset lives, relative to the data folder (the project root by
 * default: a folder with `seeds/` and `geodata/` inside). Loader and checks name files this way.
 */
export const EXTRACTED_FILES = {
  documents: 'seeds/extracted/documents.json',
  clauses: 'seeds/extracted/clauses.json',
  sectors: 'seeds/extracted/sectors.json',
  chains: 'seeds/extracted/chains.json',
  targets: 'seeds/extracted/targets.json',
  projectBatches: 'seeds/extracted/project-batches.json',
  unplaced: 'seeds/extracted/unplaced.json',
  chainEquivalences: 'seeds/extracted/chain-equivalences.json',
} as const

export const GEODATA_FILES = {
  districts: 'geodata/districts.geojson',
  parks: 'geodata/parks.geojson',
  sites: 'geodata/sites.geojson',
  infrastructure: 'geodata/infrastructure.geojson',
} as const

/** Other names of places, for search: a JSON array (`api/domain/alias.ts`). */
export const ALIASES_FILE = 'geodata/aliases.json'

/** Guided tours: a JSON array of tours whose stops name parks, sites, sectors and chains. */
export const TOURS_FILE = 'geodata/tours.json'

/** Basemap context layers, each `geodata/<layer>.geojson`, served as raw GeoJSON. */
export const BASEMAP_LAYERS = [
  'outline',
  'coastline',
  'sea',
  'neighbours',
  'haihe',
  'region',
  'context',
] as const
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number]

export function basemapFile(layer: BasemapLayer): string {
  return `geodata/${layer}.geojson`
}

/** The normalised text of a document, by its `normalised_file` name. */
export function normalisedFile(fileName: string): string {
  return `seeds/normalised/${fileName}`
}
