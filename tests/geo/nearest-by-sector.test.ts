import { nearestBySector } from '../../api/analysis/nearest-by-sector.ts'
import { centerOf, sectorOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('nearest-by-sector', (input) =>
  nearestBySector(input.places, centerOf(input), input.query.k as number, sectorOf(input)),
)
