import { accessDistances } from '../../api/analysis/access-distances.ts'
import { sectorOf, subjectOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('access-distances', (input) =>
  accessDistances(input.access, subjectOf(input), sectorOf(input)),
)
