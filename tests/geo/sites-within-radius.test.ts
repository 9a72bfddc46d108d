import { sitesWithinRadius } from '../../api/analysis/sites-within-radius.ts'
import type { PlaceType } from '../../api/domain/index.ts'
import { centerOf, sectorOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('sites-within-radius', (input) =>
  sitesWithinRadius(input.places, centerOf(input), input.query.radius_km as number, {
    sector: sectorOf(input),
    kind: (input.query.kind as PlaceType | undefined) ?? null,
  }),
)
