import { chainCompleteness } from '../../api/analysis/chain-completeness.ts'
import { subjectOf } from './geo-input.ts'
import { runGeoFixtures } from './run-geo-fixtures.ts'

runGeoFixtures('chain-completeness', (input) => {
  const chain = input.chains.find((c) => c.id === input.query.chain)
  if (!chain) throw new Error(`no chain ${String(input.query.chain)} in the input`)
  const radiusKm = input.query.radius_km as number
  return chainCompleteness(input.places, chain, subjectOf(input), radiusKm, input.equivalences)
})
