/**
 * Builds `geodata/infrastructure.geojson` from `infrastructure-table.ts`, computing each
 * anchor's `district_code` by point-in-polygon against `geodata/districts.geojson`.
 *
 *   npx tsx api/data/geodata/build-infrastructure.ts
 *
 * Fails (exit code 1) when an id repeats, a point lies in no district, or a feature does not
 * validate against `InfrastructureFeatureSchema`.
 */
import {
  type InfrastructureFeature,
  InfrastructureFeatureSchema,
} from '../../domain/infrastructure.ts'
import { roundCoordinate as roundCoord } from '../../domain/round-coordinates.ts'
import { districtAt, readDistricts } from './district-index.ts'
import { repoPath, writeFeatureCollection } from './geojson-file.ts'
import { INFRASTRUCTURE_TABLE } from './infrastructure-table.ts'

const OUT_FILE = 'geodata/infrastructure.geojson'

/** The infrastructure features, validated, in table order. */
export function buildInfrastructure(): InfrastructureFeature[] {
  const districts = readDistricts(repoPath('geodata/districts.geojson'))
  const seen = new Set<string>()
  return INFRASTRUCTURE_TABLE.map(({ position, ...row }) => {
    if (seen.has(row.id)) throw new Error(`duplicate infrastructure id ${row.id}`)
    seen.add(row.id)
    const district = districtAt(districts, position)
    if (!district) throw new Error(`${row.id}: [${position.join(', ')}] is in no district`)
    const { attribution, ...head } = row
    const feature = {
      type: 'Feature' as const,
      id: row.id,
      properties: { ...head, district_code: district.code, attribution },
      geometry: {
        type: 'Point' as const,
        coordinates: [roundCoord(position[0]), roundCoord(position[1])],
      },
    }
    const checked = InfrastructureFeatureSchema.safeParse(feature)
    if (!checked.success) throw new Error(`${row.id}: ${checked.error.message}`)
    return checked.data
  })
}

try {
  const features = buildInfrastructure()
  writeFeatureCollection(OUT_FILE, features, { name: 'infrastructure' })
  console.log(`wrote ${features.length} infrastructure features to ${OUT_FILE}`)
} catch (error) {
  console.error(
    `build-infrastructure failed: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
