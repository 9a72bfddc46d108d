import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('unique-ids', () => {
  it('flags a site id used twice in sites.geojson', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.id =
      'dongaomo-capacity-expansion'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · dongaomo-capacity-expansion · properties.id: id is already used by record #0 (this is #1) [unique-ids]',
    ])
  })

  it('flags a site that shares its id with a park (one entity, one id)', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.id =
      'zhongju-battery-industrial-park'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · zhongju-battery-industrial-park · properties.id: id is also used in geodata/parks.geojson (one entity, one id) [unique-ids]',
    ])
  })

  it('flags a link id repeated within a chain', async () => {
    const dataset = await validDataset()
    must(fixtureParts(dataset).chain('li-battery').links[2], 'third link').id = 'cells'
    expect(checkLines(dataset).filter((line) => line.endsWith('[unique-ids]'))).toEqual([
      'seeds/extracted/chains.json · li-battery · links[2].id: link id "cells" is already used by links[1] [unique-ids]',
    ])
  })

  it('flags a district code used twice', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).district('120102').properties.code = '120101'
    expect(checkLines(dataset)).toEqual([
      'geodata/districts.geojson · 120101 · properties.code: code 120101 is already used by feature #0 [unique-ids]',
    ])
  })

  it('flags a district set that is not 16 districts', async () => {
    const dataset = await validDataset()
    dataset.districts.pop()
    expect(checkLines(dataset)).toEqual([
      'geodata/districts.geojson · * · features: expected 16 districts, got 15 [unique-ids]',
    ])
  })

  it('flags a feature whose own id differs from its properties.id', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').id = 'lishen'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · id: feature id "lishen" differs from properties.id; give both the same id [unique-ids]',
    ])
  })

  it('flags a tour id used twice', async () => {
    const dataset = await validDataset()
    const tour = must(dataset.tours[0], 'the fixture tour')
    dataset.tours.push(structuredClone(tour))
    expect(checkLines(dataset)).toEqual([
      'geodata/tours.json · fixture-battery-tour · id: id is already used by record #0 (this is #1) [unique-ids]',
    ])
  })
})
