import { useMemo } from 'react'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** Strings of the park comparison. */
const en = {
  'compare.add': 'Compare',
  'compare.addLabel': 'Add this park to the side-by-side comparison',
  'compare.added': 'In comparison',
  'compare.full': 'Comparison full',
  'compare.label': 'Park comparison',
  'compare.title': 'Compare parks',
  'compare.count': '{count} of {max}',
  'compare.close': 'Close the comparison',
  'compare.remove': 'Remove',
  'compare.removeLabel': 'Remove {name} from the comparison',
  'compare.profile': 'Profile',
  'compare.chain': 'Chain for completeness',
  'compare.expand': 'Show side by side',
  'compare.minimise': 'Minimise',
  'compare.minimiseLabel': 'Fold the comparison to a bar, to pick more parks on the map',
  'compare.trayHint': 'Pick another park and press "Compare" in its details.',
  'compare.differs': 'differs',
  'compare.best': 'best',
  'compare.legend':
    'Rows marked "differs" have different values across the parks; the best value of distances, sites and completeness is in bold. Distances are great-circle km from each park\'s anchor; completeness counts chain links within {radiusKm} km.',
  'compare.row.district': 'District',
  'compare.row.kind': 'Type',
  'compare.row.level': 'Level',
  'compare.row.area': 'Area',
  'compare.row.sectors': 'Sectors',
  'compare.row.sites': 'Sites on site',
  'compare.row.chain': 'Chain completeness',
  'compare.row.port': 'To Tianjin Port',
  'compare.row.airport': 'To the airport',
  'compare.row.rail': 'To the nearest station',
  'compare.row.precision': 'Location precision',
  'compare.notStated': 'not stated',
  'compare.linksPresent': '{present}/{total} links',
} as const

export type CompareKey = keyof typeof en

const zh: Record<CompareKey, string> = {
  'compare.add': '加入对比',
  'compare.addLabel': '将该园区加入并列对比',
  'compare.added': '已在对比中',
  'compare.full': '对比已满',
  'compare.label': '园区对比',
  'compare.title': '园区对比',
  'compare.count': '{count} / {max}',
  'compare.close': '关闭对比',
  'compare.remove': '移除',
  'compare.removeLabel': '从对比中移除{name}',
  'compare.profile': '档案',
  'compare.chain': '完整度所用产业链',
  'compare.expand': '并列对比',
  'compare.minimise': '收起',
  'compare.minimiseLabel': '将对比收起为底部横条，以便在地图上选择更多园区',
  'compare.trayHint': '再选一个园区，在其详情中点击“加入对比”。',
  'compare.differs': '有差异',
  'compare.best': '最优',
  'compare.legend':
    '标注“有差异”的行在各园区间取值不同；距离、项目点数和完整度的最优值以粗体显示。距离为自各园区锚点起算的大圆距离（公里）；完整度统计 {radiusKm} 公里内的产业链环节。',
  'compare.row.district': '所在区',
  'compare.row.kind': '类型',
  'compare.row.level': '级别',
  'compare.row.area': '面积',
  'compare.row.sectors': '产业',
  'compare.row.sites': '园区内项目点',
  'compare.row.chain': '产业链完整度',
  'compare.row.port': '距天津港',
  'compare.row.airport': '距机场',
  'compare.row.rail': '距最近火车站',
  'compare.row.precision': '位置精度',
  'compare.notStated': '未注明',
  'compare.linksPresent': '{present}/{total} 个环节',
}

const DICTIONARIES = { en, zh } as const

export type CompareTranslate = (key: CompareKey, vars?: Record<string, string | number>) => string

export function compareTranslate(lang: Lang): CompareTranslate {
  const dictionary: Record<CompareKey, string> = DICTIONARIES[lang]
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      vars && name in vars ? String(vars[name]) : match,
    )
}

/** The app's i18n plus the comparison's strings (`ct`). */
export function useCompareI18n() {
  const i18n = useI18n()
  return useMemo(() => ({ ...i18n, ct: compareTranslate(i18n.lang) }), [i18n])
}
