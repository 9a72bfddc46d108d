import { sectorClusters } from '../../api/analysis/sector-clusters.ts'
import { sectorOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('sector-clusters', (input) => {
  const sector = sectorOf(input)
  if (!sector) throw new Error('a clusters case needs query.sector')
  const { eps_km, min_points } = input.query as { eps_km: number; min_points: number }
  return sectorClusters(input.places, sector, eps_km, min_points)
})
