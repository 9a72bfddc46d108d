import { area } from '@turf/area'
import { bbox } from '@turf/bbox'
import { featureCollection } from '@turf/helpers'
import { intersect } from '@turf/intersect'
import { union } from '@turf/union'
import Flatbush from 'flatbush'
import type { DistrictFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import type { CheckIssue, CheckRule } from './check-issue.ts'
import { issueMaker } from './check-issue.ts'

const issue = issueMaker('districts-tile')
const FILE = GEODATA_FILES.districts

/** Overlap area below which two districts count as merely sharing a border (float noise). */
export const OVERLAP_TOLERANCE_KM2 = 0.01
/** How far the union's area may differ from the sum of district areas, as a fraction. */
export const UNION_AREA_TOLERANCE = 0.01

const M2_PER_KM2 = 1_000_000

/**
 * The districts tile the municipality: no two overlap by `OVERLAP_TOLERANCE_KM2` or more, and
 * their union's area is within `UNION_AREA_TOLERANCE` of the sum of their areas.
 *
 * Fast path: the sum of areas minus the union's area is the total overlap, an upper bound on
 * any pair's overlap, so when it is below the tolerance no pair needs intersecting. Otherwise
 * only pairs whose bboxes meet (flatbush) are intersected to name the overlapping pairs.
 */
export const districtsTile: CheckRule = (dataset) => {
  const districts = dataset.districts
  if (districts.length < 2) return []
  const sumKm2 = districts.reduce((sum, d) => sum + area(d) / M2_PER_KM2, 0)
  let unionKm2: number
  try {
    const merged = union(featureCollection(districts))
    unionKm2 = merged ? area(merged) / M2_PER_KM2 : 0
  } catch (error) {
    const message = `cannot union the districts (${(error as Error).message})`
    return [issue(FILE, '', 'geometry', message), ...pairwiseOverlaps(districts)]
  }
  const overlaps = sumKm2 - unionKm2 >= OVERLAP_TOLERANCE_KM2 ? pairwiseOverlaps(districts) : []
  return [...overlaps, ...unionAreaMismatch(sumKm2, unionKm2)]
}

function pairwiseOverlaps(districts: DistrictFeature[]): CheckIssue[] {
  const index = new Flatbush(districts.length)
  const boxes = districts.map((d) => bbox(d))
  for (const [minLng, minLat, maxLng, maxLat] of boxes) index.add(minLng, minLat, maxLng, maxLat)
  index.finish()
  const issues: CheckIssue[] = []
  districts.forEach((a, i) => {
    const [minLng, minLat, maxLng, maxLat] = boxes[i] ?? [0, 0, 0, 0]
    for (const j of index.search(minLng, minLat, maxLng, maxLat)) {
      const b = districts[j]
      if (j <= i || !b) continue
      const codeA = a.properties.code
      const codeB = b.properties.code
      let overlapKm2: number
      try {
        const shared = intersect(featureCollection([a, b]))
        overlapKm2 = shared ? area(shared) / M2_PER_KM2 : 0
      } catch (error) {
        const message = `cannot intersect with ${codeB} (${(error as Error).message})`
        issues.push(issue(FILE, codeA, 'geometry', message))
        continue
      }
      if (overlapKm2 >= OVERLAP_TOLERANCE_KM2) {
        const message = `overlaps ${codeB} ${b.properties.name_en} by ${overlapKm2.toFixed(3)} km² (tolerance ${OVERLAP_TOLERANCE_KM2} km²)`
        issues.push(issue(FILE, codeA, 'geometry', message))
      }
    }
  })
  return issues
}

function unionAreaMismatch(sumKm2: number, unionKm2: number): CheckIssue[] {
  const gap = Math.abs(sumKm2 - unionKm2) / sumKm2
  if (gap <= UNION_AREA_TOLERANCE) return []
  const message = `union of the districts is ${unionKm2.toFixed(1)} km² but their areas sum to ${sumKm2.toFixed(1)} km² (${(gap * 100).toFixed(1)}% apart, tolerance ${UNION_AREA_TOLERANCE * 100}%)`
  return [issue(FILE, '', 'geometry', message)]
}
