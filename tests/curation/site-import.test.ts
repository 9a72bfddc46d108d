import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { distance } from '@turf/distance'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueKeys } from '../../api/curation/place-problems.ts'
import { formatImportReport } from '../../api/curation/site-csv/format-import-report.ts'
import { planSiteImport } from '../../api/curation/site-csv/plan-site-import.ts'
import type { Dataset } from '../../api/data/dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'

const UPDATE = process.env.UPDATE_FIXTURES === '1'
const DIR = new URL('./fixtures/site-import/', import.meta.url)
const CASES = readdirSync(new URL('in/', DIR))
  .filter((f) => f.endsWith('.csv'))
  .sort()
const REPO_ROOT = new URL('../../', import.meta.url).pathname

let dataset: Dataset
let baseline: Set<string>
beforeAll(async () => {
  dataset = await loadDataset(REPO_ROOT)
  baseline = issueKeys(dataset)
})

const csv = (name: string) => readFileSync(new URL(`in/${name}`, DIR), 'utf8')
const plan = (text: string) => planSiteImport(dataset, [], text, baseline)

describe('site CSV import plans', () => {
  it('has input cases', () => expect(CASES.length).toBeGreaterThan(0))

  for (const file of CASES) {
    const base = file.replace(/\.csv$/, '')
    it(`matches the expected plan and report of ${base}`, () => {
      const result = plan(csv(file))
      const actual = JSON.parse(
        JSON.stringify({ report: formatImportReport(result), plan: result }),
      )
      const outFile = new URL(`out/${base}.json`, DIR)
      if (UPDATE) {
        mkdirSync(new URL('out/', DIR), { recursive: true })
        writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`)
      }
      if (!existsSync(outFile))
        throw new Error(`missing ${outFile.pathname}; run with UPDATE_FIXTURES=1`)
      expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
    })
  }
})

describe('site CSV import', () => {
  it('reads the same file with and without a byte-order mark', () => {
    const text = csv('valid-mixed-crs.csv')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(plan(text.slice(1))).toEqual(plan(text))
  })

  it('stores a BD-09 and a GCJ-02 row within 1 m of their WGS84 positions', () => {
    const { features, ok } = plan(csv('valid-mixed-crs.csv'))
    expect(ok).toBe(true)
    const at = (id: string) =>
      features.find((f) => f.properties.id === id)?.geometry.coordinates ?? [0, 0]
    const metres = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' }) * 1000
    // Inputs were made from these WGS84 positions with fromWgs84.
    expect(metres(at('test-equipment-co'), [117.056435, 39.420965])).toBeLessThan(1)
    expect(metres(at('test-battery-institute-nankai'), [117.17, 39.105])).toBeLessThan(1)
  })

  it('keeps what the CSV cannot say when a row updates a site by id', () => {
    const before = dataset.sites.find((f) => f.properties.id === 'nankai-university')
    const { features } = plan(csv('update-by-id.csv'))
    const after = features[0]
    expect(after?.geometry.coordinates).toEqual([117.1701, 39.1055])
    expect(after?.properties.citations).toEqual(before?.properties.citations)
    expect(after?.properties.chain_links).toEqual(before?.properties.chain_links)
    expect(after?.properties.location_source).toBe('Test fixture: moved to a made-up gate.')
  })
})
