import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const TARGET = 'ne18-new-energy-output-2020'
const BATCH = 'ne18-batch-in-production'

describe('target-in-clause', () => {
  it('flags a target quote that is not in its clause', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().quote = '新能源产业工业总产值达1200亿元'
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/targets.json · ${TARGET} · quote: quote "新能源产业工业总产值达1200亿元" does not occur in clause ne18-1.3 [target-in-clause]`,
    ])
  })

  it('flags a target value its quote does not write', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).target().value = 1200
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/targets.json · ${TARGET} · value: quote "新能源产业工业总产值达1100亿元" does not write value 1200 (numbers written in it: 1100) [target-in-clause]`,
    ])
  })

  it('flags a project batch count its quote does not write', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).batch().project_count = 17
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/project-batches.json · ${BATCH} · project_count: quote "实施项目16项,总投资100亿元" does not write project_count 17 (numbers written in it: 16, 100) [target-in-clause]`,
    ])
  })

  it('flags a project batch investment its quote does not write', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).batch().investment_cny_100m = 10
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/project-batches.json · ${BATCH} · investment_cny_100m: quote "实施项目16项,总投资100亿元" does not write investment_cny_100m 10 (numbers written in it: 16, 100) [target-in-clause]`,
    ])
  })

  it('flags a site capacity quote that none of its cited clauses contains', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.capacity = {
      value: 10,
      unit: 'gwh',
      quote: '百亿瓦时',
    }
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.capacity.quote: capacity quote "百亿瓦时" does not occur in any cited clause (ne18-3.3.2) [target-in-clause]',
    ])
  })

  it('accepts a target whose value the quote writes in Chinese numerals', async () => {
    const dataset = await validDataset()
    Object.assign(fixtureParts(dataset).target(), {
      value: 1,
      unit: 'count',
      quote: '投产达标一批项目',
      clause_id: 'ne18-3.3.1',
    })
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags a site whose plan_term_zh is not in a clause it cites', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('tianjin-lishen-battery').properties.plan_term_zh = '力神百亿瓦时'
    expect(checkLines(dataset)).toEqual([
      'geodata/sites.geojson · tianjin-lishen-battery · properties.citations[0]: plan_term_zh "力神百亿瓦时" does not occur in cited clause ne18-3.3.2; cite the clause that names the site [target-in-clause]',
    ])
  })

  it('finds a plan_term_zh in its clause whatever the whitespace', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('dongaomo-capacity-expansion').properties.plan_term_zh =
      '天津东皋膜 动力扩产'
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags a tour stop whose quote is not word for word in its clause', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).tourStop(0).quote_zh = '发挥中聚电池产业基地'
    expect(checkLines(dataset)).toEqual([
      'geodata/tours.json · fixture-battery-tour · stops[0].quote_zh: quote "发挥中聚电池产业基地" does not occur in clause ne18-3.3.2 [target-in-clause]',
    ])
  })
})
