import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../api/data/check-dataset.ts'
import { formatIssue } from '../../api/data/format-issue.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'

/**
 * What the shipped data must keep saying. The rules (ids, districts, precision, citations,
 * quotes, derived fields) live in `check:data`; these are facts the plans state.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const dataset = await loadDataset(ROOT)
const sites = dataset.sites.map((s) => s.properties)

/** Companies and institutions of 二、 and 三、(三) of the 2018 plan placed on the map. */
const NE18_NAMED = [
  '力神',
  '巴莫',
  '贝特瑞',
  '东皋膜',
  '国安盟固利',
  '明阳',
  '维斯塔斯',
  '中环',
  '英利',
  '比亚迪',
  '银隆',
  '松正',
  '中国汽车技术研究中心',
  '第十八研究所',
  '南开大学',
  '天津大学',
  '中聚',
  '东方电气叶片',
  '渤化集团',
]

describe('the shipped places (geodata/)', () => {
  it('pass every check:data rule', () => {
    expect(checkDataset(dataset).map(formatIssue)).toEqual([])
  })

  it('map each named 2018-plan company or institution as a site citing the 2018 plan', () => {
    const missing = NE18_NAMED.filter(
      (name) => !sites.some((s) => s.name_zh.includes(name) && s.plans.includes('ne18')),
    )
    expect(missing).toEqual([])
  })

  it('map at least 34 sites named only by the 2021 plan, each with the plan’s own wording', () => {
    const mfg21Only = sites.filter((s) => s.plans.length === 1 && s.plans[0] === 'mfg21')
    expect(mfg21Only.length).toBeGreaterThanOrEqual(34)
    expect(mfg21Only.filter((s) => !s.plan_term_zh).map((s) => s.id)).toEqual([])
  })

  it('give the 2018-plan entities the 2021 plan names again its plan and one of its clauses', () => {
    for (const name of ['天津力神电池股份有限公司', '天津英利新能源有限公司', '渤化集团']) {
      const site = sites.find((s) => s.name_zh.includes(name))
      expect(site?.plans, name).toContain('mfg21')
      expect(
        site?.citations.some((id) => id.startsWith('mfg21-')),
        name,
      ).toBe(true)
    }
  })
})
