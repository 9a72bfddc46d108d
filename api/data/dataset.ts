import type { FeatureCollection } from 'geojson'
import type {
  Alias,
  Chain,
  ChainEquivalence,
  Clause,
  DistrictFeature,
  InfrastructureFeature,
  ParkFeature,
  PlanDocument,
  ProjectBatch,
  Sector,
  SiteFeature,
  Target,
  Tour,
  UnplacedEntity,
} from '../domain/index.ts'

/** Everything the product serves, loaded and validated once at start-up. */
export interface Dataset {
  documents: PlanDocument[]
  /** Normalised text of each document, by doc id. */
  texts: Record<string, string>
  clauses: Clause[]
  sectors: Sector[]
  chains: Chain[]
  /** Links of one chain satisfied by another chain's providers (`chain-equivalences.json`). */
  chainEquivalences: ChainEquivalence[]
  targets: Target[]
  projectBatches: ProjectBatch[]
  unplaced: UnplacedEntity[]
  districts: DistrictFeature[]
  parks: ParkFeature[]
  sites: SiteFeature[]
  infrastructure: InfrastructureFeature[]
  /** Guided tours (`geodata/tours.json`), in menu order. */
  tours: Tour[]
  /** Other names of places, for search (`geodata/aliases.json`). */
  aliases: Alias[]
  /** Basemap context layers (outline, coastline, sea, neighbours, haihe), raw GeoJSON. */
  basemap: Record<string, FeatureCollection>
}
