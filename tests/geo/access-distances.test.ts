import { accessDistances } from '../../api/analysis/access-distances.ts'
import { centerOf, sectorOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('access-distances', (input) =>
  accessDistances(input.access, centerOf(input), sectorOf(input)),
)
