/**
 * Recomputes the point of every site in `geodata/sites.geojson` from its `placement`
 * (`sitePositions`): district-level sites to their district's representative point, park
 * members spread inside their located park, sites sharing a source's reference coordinate
 * spread around it. Every other property is kept as written. Then runs `check:data` and prints
 * its issues (exit 1 if any). Run it after changing a site's `placement`, `park_id` or
 * `district_code`, or a park's geometry:
 *
 *   npx tsx api/data/geodata/place-sites.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { GEODATA_FILES } from '../data-files.ts'
import { loadDataset } from '../load-dataset.ts'
import { editThenCheck } from './edit-then-check.ts'
import { REPO_ROOT, repoPath } from './geojson-file.ts'
import { sitePositions } from './site-positions.ts'

async function main(): Promise<void> {
  const dataset = await loadDataset(REPO_ROOT)
  const positions = sitePositions(dataset.sites, dataset.parks, dataset.districts)
  const path = repoPath(GEODATA_FILES.sites)
  const raw = JSON.parse(readFileSync(path, 'utf8'))
  let moved = 0
  for (const feature of raw.features) {
    const at = positions.get(feature.properties.id)
    if (!at) continue
    const [lng, lat] = feature.geometry.coordinates
    if (lng !== at[0] || lat !== at[1]) moved += 1
    feature.geometry.coordinates = at
  }
  writeFileSync(path, `${JSON.stringify(raw, null, 2)}\n`)
  console.log(`${moved} of ${raw.features.length} sites moved → ${GEODATA_FILES.sites}`)
}

editThenCheck('place-sites', main)
