import type { Lang } from '../../lib/i18n/lang.ts'

/** The brief's own strings (shared ones — kinds, levels, precision — come from `web/i18n`). */
const en = {
  'brief.kicker': 'Tianjin Industry Map · Investment brief',
  'brief.generated': 'Generated {date}',
  'brief.candidate': 'Candidate location',
  'brief.candidateAt': 'Point {lng}, {lat}',
  'brief.keyFacts': 'Key facts',
  'brief.coordinates': 'Position (WGS84)',
  'brief.areaNote': '{value} km² (drawn extent)',
  'brief.insideParks': 'Inside',
  'brief.clauses': 'Cited in the plans',
  'brief.clausesOfPark': 'Plan clauses citing the nearest park, {name}',
  'brief.originalText': 'Original text',
  'brief.fullText': 'full text: /api/clauses/{id}',
  'brief.moreClauses': '+{count} more: {ids}',
  'brief.noClauses': 'No clause of the plans names this place.',
  'brief.chain': 'Chain completeness within {radiusKm} km: {chain}',
  'brief.chainScore': '{present} of {total} links present',
  'brief.present': 'present',
  'brief.missing': 'missing',
  'brief.nearest': 'nearest: {name}, {distanceKm} km',
  'brief.noProvider': 'no provider in the data',
  'brief.noChain': 'No supply chain is recorded for this place.',
  'brief.access': 'Access (great-circle distance)',
  'brief.port': 'Tianjin Port',
  'brief.airport': 'Airport',
  'brief.rail': 'Nearest railway station',
  'brief.park': 'Nearest park',
  'brief.km': '{value} km',
  'brief.sources': 'Data sources and dates',
  'brief.plan': '{title} — {issuer}, published {date}',
  'brief.geodata':
    'Base map © OpenStreetMap contributors (ODbL), districts via geoBoundaries (2017; reclamation OSM 2020), Haihe GSHHG 2.3.7 (LGPL). Parks and sites: project work from the two plans, ODbL.',
  'brief.dataLoaded': 'Data as served on {date}; distances are great-circle km (turf).',
  'brief.locationSource': 'Position source',
  'brief.mapCaption': 'Dashed circle: {radiusKm} km analysis radius',
  'brief.loading': 'Preparing the brief…',
  'brief.error': 'The brief could not be prepared: {message}',
  'brief.usage':
    'Open /brief?park=<id>, /brief?site=<id> or /brief?lng=<lng>&lat=<lat>, with lang=zh|en.',
  'brief.print': 'Print',
} as const

export type BriefMessageKey = keyof typeof en

const zh: Record<BriefMessageKey, string> = {
  'brief.kicker': '天津产业地图 · 招商简报',
  'brief.generated': '生成于 {date}',
  'brief.candidate': '候选地点',
  'brief.candidateAt': '坐标 {lng}, {lat}',
  'brief.keyFacts': '基本信息',
  'brief.coordinates': '位置（WGS84）',
  'brief.areaNote': '{value} 平方公里（图示范围）',
  'brief.insideParks': '所在园区',
  'brief.clauses': '计划原文',
  'brief.clausesOfPark': '提及最近园区（{name}）的计划条款',
  'brief.originalText': '原文',
  'brief.fullText': '全文：/api/clauses/{id}',
  'brief.moreClauses': '另有 {count} 条：{ids}',
  'brief.noClauses': '计划中没有条款提到此地。',
  'brief.chain': '{radiusKm} 公里范围内产业链完整度：{chain}',
  'brief.chainScore': '{total} 个环节中具备 {present} 个',
  'brief.present': '具备',
  'brief.missing': '缺失',
  'brief.nearest': '最近：{name}，{distanceKm} 公里',
  'brief.noProvider': '数据中无相应企业',
  'brief.noChain': '此地没有记录的产业链。',
  'brief.access': '交通区位（直线距离）',
  'brief.port': '天津港',
  'brief.airport': '机场',
  'brief.rail': '最近火车站',
  'brief.park': '最近园区',
  'brief.km': '{value} 公里',
  'brief.sources': '数据来源与日期',
  'brief.plan': '{title}，{issuer}，{date} 发布',
  'brief.geodata':
    '底图 © OpenStreetMap 贡献者（ODbL），区界来自 geoBoundaries（2017；填海部分 OSM 2020），海河 GSHHG 2.3.7（LGPL）。园区与项目点：依据两份计划整理，ODbL。',
  'brief.dataLoaded': '数据截至 {date}；距离为大圆距离（turf）。',
  'brief.locationSource': '定位依据',
  'brief.mapCaption': '虚线圆：{radiusKm} 公里分析半径',
  'brief.loading': '正在生成简报…',
  'brief.error': '无法生成简报：{message}',
  'brief.usage':
    '请打开 /brief?park=<id>、/brief?site=<id> 或 /brief?lng=<经度>&lat=<纬度>，可加 lang=zh|en。',
  'brief.print': '打印',
}

const DICTIONARIES = { en, zh } as const

export type BriefTranslate = (
  key: BriefMessageKey,
  vars?: Record<string, string | number>,
) => string

/** The brief's translate function for `lang` (`{name}` placeholders filled from `vars`). */
export function briefTranslate(lang: Lang): BriefTranslate {
  const dictionary: Record<BriefMessageKey, string> = DICTIONARIES[lang]
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      vars && name in vars ? String(vars[name]) : match,
    )
}
