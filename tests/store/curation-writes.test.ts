import { readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPlacePolicy } from '../../api/curation/create-place-policy.ts'
import { exportGeodata } from '../../api/curation/export-geodata.ts'
import { issueKeys } from '../../api/curation/place-problems.ts'
import { planSiteImport } from '../../api/curation/site-csv/plan-site-import.ts'
import { checkDataset } from '../../api/data/check-dataset.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import type { SiteFeature } from '../../api/domain/index.ts'
import type { Store } from '../../api/store/store.ts'
import { PlaceValidationError } from '../../api/store/store-errors.ts'
import { BACKENDS, openTestStore, runTempDir } from './test-stores.ts'

const REPO_ROOT = new URL('../../', import.meta.url).pathname
const NANKAI = 'nankai-university'

let dataset: Dataset
let baseline: Set<string>
beforeAll(async () => {
  dataset = await loadDataset(REPO_ROOT)
  baseline = issueKeys(dataset)
})

function shipped(id: string): SiteFeature {
  return structuredClone(dataset.sites.find((f) => f.properties.id === id) as SiteFeature)
}

describe.each(BACKENDS)('writes checked by check:data on %s', (backend) => {
  let store: Store
  let editor: number
  beforeAll(async () => {
    store = await openTestStore(backend, { places: createPlacePolicy(dataset, baseline) })
    editor = (await store.createUser({ name: 'editor', role: 'editor', passwordHash: 'x' })).id
  })
  afterAll(() => store.close())

  const write = (id: string, feature: SiteFeature | null, expectedVersion: number | null) =>
    store.applyEdit({ kind: 'site', id, feature, expectedVersion, userId: editor, note: 'test' })

  it('refuses a site moved out of the district it claims, naming field and rule', async () => {
    const moved = shipped(NANKAI)
    moved.geometry.coordinates = [117.7, 39.0] // Binhai, while it claims Nankai
    const attempt = write(NANKAI, moved, 0)
    await expect(attempt).rejects.toThrow(PlaceValidationError)
    await expect(attempt).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({
          kind: 'site',
          id: NANKAI,
          field: 'properties.district_code',
          rule: 'in-claimed-district',
        }),
      ]),
    })
  })

  it('refuses deleting a park that sites name, blaming the site that names it', async () => {
    const attempt = store.applyEdit({
      kind: 'park',
      id: 'wuqing-nev-bus-base',
      feature: null,
      expectedVersion: 0,
      userId: editor,
      note: 'delete',
    })
    await expect(attempt).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({
          kind: 'site',
          id: 'byd-tianjin',
          field: 'properties.park_id',
          rule: 'references-exist',
        }),
      ]),
    })
  })

  it('exports geodata that pass check:data, with edits, imports and deletions', async () => {
    const moved = shipped(NANKAI)
    moved.geometry.coordinates = [117.1701, 39.1055]
    moved.properties.location_source = 'Test: moved to a made-up gate.'
    await write(NANKAI, moved, 0)
    await write('tianjin-yinlong', null, 0)
    const csv = readFileSync(
      new URL('../curation/fixtures/site-import/in/valid-mixed-crs.csv', import.meta.url),
      'utf8',
    )
    const plan = planSiteImport(dataset, await store.currentEdits(), csv, baseline)
    await store.importChangeSet({
      kind: 'site',
      features: plan.features,
      userId: editor,
      note: 'import',
    })

    const outDir = runTempDir('export-')
    const summary = await exportGeodata(REPO_ROOT, outDir, await store.currentEdits())
    expect(summary.sites).toBe(dataset.sites.length - 1 + 3)
    symlinkSync(join(REPO_ROOT, 'seeds'), join(outDir, 'seeds'))
    const exported = await loadDataset(outDir)
    expect(checkDataset(exported)).toEqual([])
    const ids = exported.sites.map((f) => f.properties.id)
    expect(ids).not.toContain('tianjin-yinlong')
    expect(ids).toEqual(expect.arrayContaining(['test-equipment-co', 'test-medical-devices-plant']))
    expect(exported.sites.find((f) => f.properties.id === NANKAI)?.geometry.coordinates).toEqual([
      117.1701, 39.1055,
    ])
  })
})

describe('export without edits', () => {
  it('writes every shipped geodata file back byte for byte', async () => {
    const outDir = runTempDir('export-')
    const { files } = await exportGeodata(REPO_ROOT, outDir, [])
    expect(files).toContain('geodata/sites.geojson')
    for (const file of files) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).toBe(
        readFileSync(join(REPO_ROOT, file), 'utf8'),
      )
    }
  })
})
