import { chainCompleteness } from '../../api/analysis/chain-completeness.ts'
import { placeAnchor } from '../../api/analysis/place-anchor.ts'
import { centerOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('chain-completeness', (input) => {
  const chain = input.chains.find((c) => c.id === input.query.chain)
  if (!chain) throw new Error(`no chain ${String(input.query.chain)} in the input`)
  const parkId = typeof input.query.park === 'string' ? input.query.park : null
  const park = input.places.parks.items.find((p) => p.properties.id === parkId)
  const center = park ? placeAnchor(park) : centerOf(input)
  return chainCompleteness(input.places, chain, center, input.query.radius_km as number, parkId)
})
