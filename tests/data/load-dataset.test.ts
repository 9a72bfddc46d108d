import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataError } from '../../api/data/data-error.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { copyValidFixture, editJsonFile, VALID_FIXTURE_DIR } from './valid-fixture.ts'

const copies: string[] = []
async function brokenCopy(): Promise<string> {
  const dir = await copyValidFixture()
  copies.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** The DataError `loadDataset(dir)` rejects with. */
async function loadError(dir: string): Promise<DataError> {
  const error = await loadDataset(dir).then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`)
  return error
}

describe('loadDataset', () => {
  it('loads every part of the valid fixture', async () => {
    const dataset = await loadDataset(VALID_FIXTURE_DIR)
    expect({
      documents: dataset.documents.length,
      clauses: dataset.clauses.length,
      districts: dataset.districts.length,
      parks: dataset.parks.length,
      sites: dataset.sites.length,
      infrastructure: dataset.infrastructure.length,
      tours: dataset.tours.length,
      basemap: Object.keys(dataset.basemap).sort(),
    }).toEqual({
      documents: 1,
      clauses: 7,
      districts: 16,
      parks: 2,
      sites: 2,
      infrastructure: 1,
      tours: 1,
      basemap: ['coastline', 'context', 'haihe', 'neighbours', 'outline', 'region', 'sea'],
    })
  })

  it('keys each normalised text by document id, read from its normalised_file', async () => {
    const dataset = await loadDataset(VALID_FIXTURE_DIR)
    expect(dataset.texts.ne18?.startsWith('天津市新能源产业发展三年行动计划')).toBe(true)
  })

  it('names a missing file', async () => {
    const dir = await brokenCopy()
    await rm(join(dir, 'geodata/sites.geojson'))
    const error = await loadError(dir)
    expect(error.problems).toEqual([
      `geodata/sites.geojson: file not found (looked for ${join(dir, 'geodata/sites.geojson')})`,
    ])
  })

  it('names a missing normalised text by its normalised_file', async () => {
    const dir = await brokenCopy()
    await rm(join(dir, 'seeds/normalised/000_63db5ddb23c6906f.txt'))
    const error = await loadError(dir)
    expect(error.message).toMatch(/^seeds\/normalised\/000_63db5ddb23c6906f\.txt: file not found/)
  })

  it('names file, feature id, field and expectation for a bad enum in a geojson property', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'geodata/sites.geojson', (json) => {
      json.features[1].properties.location_precision = 'precise'
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'geodata/sites.geojson: feature "dongaomo-capacity-expansion" (#1): properties.location_precision: expected one of exact|approximate|district, got "precise"',
    )
  })

  it('names the record index when a record has no id', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'seeds/extracted/targets.json', (json) => {
      delete json[0].id
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'seeds/extracted/targets.json: record #0: id: expected string, got nothing (field missing)',
    )
  })

  it('narrows a geometry union failure to the geometry type', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'geodata/infrastructure.geojson', (json) => {
      json.features[0].geometry.type = 'Pointe'
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'geodata/infrastructure.geojson: feature "fixture-rail-station" (#0): geometry.type: expected one of Point|Polygon|MultiPolygon, got "Pointe"',
    )
  })

  it('names a ring with too few positions by its path', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'geodata/districts.geojson', (json) => {
      json.features[2].geometry.coordinates[0] = json.features[2].geometry.coordinates[0].slice(
        0,
        3,
      )
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'geodata/districts.geojson: feature "120103" (#2): geometry.coordinates[0]: expected at least 4 item(s), got 3 item(s)',
    )
  })

  it('says what an id pattern expects', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'geodata/parks.geojson', (json) => {
      json.features[0].properties.id = 'Zhongju Park'
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'geodata/parks.geojson: feature "Zhongju Park" (#0): properties.id: expected lowercase kebab-case id, e.g. "binhai-hi-tech-zone", got "Zhongju Park"',
    )
  })

  it('reports the problem inside the geometry branch an infrastructure feature meant', async () => {
    const dir = await brokenCopy()
    await editJsonFile(dir, 'geodata/infrastructure.geojson', (json) => {
      json.features[0].geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [117.16, 39.14],
            [117.17, 39.14],
            [117.16, 39.14],
          ],
        ],
      }
    })
    const error = await loadError(dir)
    expect(error.message).toBe(
      'geodata/infrastructure.geojson: feature "fixture-rail-station" (#0): geometry.coordinates[0]: expected at least 4 item(s), got 3 item(s)',
    )
  })

  it('names a file that is not valid JSON', async () => {
    const dir = await brokenCopy()
    await writeFile(join(dir, 'seeds/extracted/chains.json'), '[{"id": "li-battery",')
    const error = await loadError(dir)
    expect(error.message).toMatch(/^seeds\/extracted\/chains\.json: invalid JSON \(/)
  })

  it('lists the problems of every broken file in one error', async () => {
    const dir = await brokenCopy()
    await rm(join(dir, 'geodata/haihe.geojson'))
    await editJsonFile(dir, 'seeds/extracted/clauses.json', (json) => {
      json[2].start = -1
    })
    const error = await loadError(dir)
    expect(error.problems).toEqual([
      'seeds/extracted/clauses.json: record "ne18-1.3" (#2): start: expected a number >= 0, got -1',
      `geodata/haihe.geojson: file not found (looked for ${join(dir, 'geodata/haihe.geojson')})`,
    ])
  })
})
