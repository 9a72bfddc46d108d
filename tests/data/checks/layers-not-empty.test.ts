import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { validDataset } from '../valid-fixture.ts'

describe('layers-not-empty', () => {
  it('flags a sites.geojson without features (a half-served map)', async () => {
    const dataset = await validDataset()
    dataset.sites = []
    expect(checkDataset(dataset)).toContainEqual({
      rule: 'layers-not-empty',
      file: 'geodata/sites.geojson',
      id: '',
      field: '',
      message: 'holds no features; the map cannot be served without this layer',
    })
  })

  it('flags an empty basemap layer', async () => {
    const dataset = await validDataset()
    const outline = dataset.basemap.outline
    if (outline) outline.features = []
    const files = checkDataset(dataset).filter((i) => i.rule === 'layers-not-empty')
    expect(files.map((i) => i.file)).toEqual(['geodata/outline.geojson'])
  })

  it('passes the valid fixture', async () => {
    const issues = checkDataset(await validDataset())
    expect(issues.filter((i) => i.rule === 'layers-not-empty')).toEqual([])
  })
})
