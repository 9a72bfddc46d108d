import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('unique-ids', () => {
  it('flags a site id used twice in sites.geojson', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.id =
      'dongaomo-capacity-expansion'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/sites.geojson',
        id: 'dongaomo-capacity-expansion',
        field: 'properties.id',
        message: 'id is already used by record #0 (this is #1)',
      },
    ])
  })

  it('flags a site that shares its id with a park (one entity, one id)', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.id =
      'zhongju-battery-industrial-park'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/sites.geojson',
        id: 'zhongju-battery-industrial-park',
        field: 'properties.id',
        message: 'id is also used in geodata/parks.geojson (one entity, one id)',
      },
    ])
  })

  it('flags a link id repeated within a chain', async () => {
    const dataset = await validDataset()
    must(fixtureParts(dataset).chain('li-battery').links[2], 'third link').id = 'cells'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'seeds/extracted/chains.json',
        id: 'li-battery',
        field: 'links[2].id',
        message: 'link id "cells" is already used by links[1]',
      },
    ])
  })

  it('flags a district code used twice', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).district('120102').properties.code = '120101'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/districts.geojson',
        id: '120101',
        field: 'properties.code',
        message: 'code 120101 is already used by feature #0',
      },
    ])
  })

  it('flags a district set that is not 16 districts', async () => {
    const dataset = await validDataset()
    dataset.districts.pop()
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/districts.geojson',
        id: '',
        field: 'features',
        message: 'expected 16 districts, got 15',
      },
    ])
  })

  it('flags a feature whose own id differs from its properties.id', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').id = 'lishen'
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/sites.geojson',
        id: 'tianjin-lishen-battery',
        field: 'id',
        message: 'feature id "lishen" differs from properties.id; give both the same id',
      },
    ])
  })

  it('flags a tour id used twice', async () => {
    const dataset = await validDataset()
    const tour = must(dataset.tours[0], 'the fixture tour')
    dataset.tours.push(structuredClone(tour))
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'unique-ids',
        file: 'geodata/tours.json',
        id: 'fixture-battery-tour',
        field: 'id',
        message: 'id is already used by record #0 (this is #1)',
      },
    ])
  })
})
