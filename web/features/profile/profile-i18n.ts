import { useMemo } from 'react'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** Strings of the park profile. */
const en = {
  'profile.open': 'Full profile',
  'profile.openLabel': 'Open the full profile of this park',
  'profile.label': 'Park profile',
  'profile.close': 'Close profile',
  'profile.brief': 'Printable brief',
  'profile.briefLabel': 'Open a printable one-page brief of this park (new tab)',
  'profile.loading': 'Loading the profile…',
  'profile.error': 'The profile could not be loaded.',
  'profile.notFound': 'There is no park with this id.',
  'profile.retry': 'Retry',
  'profile.facts': 'Key facts',
  'profile.kind': 'Type',
  'profile.level': 'Level',
  'profile.levelUnknown': 'not stated in the sources',
  'profile.area': 'Area of the drawn outline',
  'profile.district': 'District',
  'profile.plans': 'Named in',
  'profile.sectors': 'Leading sectors',
  'profile.firms': 'Key firms and projects on site',
  'profile.firmsRule':
    'Sites the data assigns to this park, plus sites whose point lies inside its drawn outline.',
  'profile.firmsNone': 'No site in the data is assigned to this park or lies inside its outline.',
  'profile.link.assigned': 'assigned',
  'profile.link.inside': 'inside outline',
  'profile.link.both': 'assigned · inside',
  'profile.clauses': 'Plan clauses that name it',
  'profile.targets': 'Plan targets for its sectors',
  'profile.targetsRule':
    "Rule: a target is listed when its scope is one of the park's sectors, or the parent sector of one (a new-energy target applies to a lithium-battery park). City-wide targets for all industry are not listed.",
  'profile.targetsNone': 'No plan target is scoped to these sectors.',
  'profile.viaParent': 'via parent sector',
  'profile.byYear': 'by {year}',
  'profile.showAll': 'Show all {count}',
  'profile.showFewer': 'Show fewer',
  'profile.chain': 'Chain completeness: {chain}, within {radiusKm} km',
  'profile.chainScore': '{present} of {total} links present',
  'profile.chainRule':
    "The chain of the park's main sector. A link is present when a site or park tagged with it lies within {radiusKm} km of the park's anchor (centroid of its outline).",
  'profile.chainNone': "No supply chain is defined for this park's sectors.",
  'profile.present': 'Present',
  'profile.missing': 'Missing',
  'profile.nearestAt': 'nearest: {name}, {distance}',
  'profile.noProvider': 'no provider in the data',
  'profile.access': 'Access distances',
  'profile.accessRule': "Great-circle distances from the park's anchor (centroid of its outline).",
  'profile.port': 'Tianjin Port',
  'profile.airport': 'Airport',
  'profile.rail': 'Nearest railway station',
  'profile.nearestPark': 'Nearest other park',
  'profile.location': 'Location precision and source',
  'profile.precision': 'Precision',
  'profile.outline': 'Outline',
  'profile.source': 'Position rests on',
  'profile.sources': 'Data sources and dates',
  'profile.planSource': '{title} — {issuer}, published {date}',
  'profile.geodata':
    'Park positions and outlines: project work from the cited plans and the location source above; base map © OpenStreetMap contributors (ODbL), geoBoundaries, GSHHG.',
  'profile.loaded': 'Data loaded on this server: {date}',
  'profile.km': '{value} km',
} as const

export type ProfileKey = keyof typeof en

const zh: Record<ProfileKey, string> = {
  'profile.open': '完整档案',
  'profile.openLabel': '打开该园区的完整档案',
  'profile.label': '园区档案',
  'profile.close': '关闭档案',
  'profile.brief': '可打印简报',
  'profile.briefLabel': '在新标签页打开该园区的单页可打印简报',
  'profile.loading': '正在加载档案…',
  'profile.error': '档案加载失败。',
  'profile.notFound': '没有此编号的园区。',
  'profile.retry': '重试',
  'profile.facts': '基本情况',
  'profile.kind': '类型',
  'profile.level': '级别',
  'profile.levelUnknown': '资料未注明',
  'profile.area': '绘制范围面积',
  'profile.district': '所在区',
  'profile.plans': '所属规划',
  'profile.sectors': '主导产业',
  'profile.firms': '园区内重点企业与项目',
  'profile.firmsRule': '数据中归属本园区的项目点，以及位于其绘制范围内的项目点。',
  'profile.firmsNone': '数据中没有归属本园区或位于其范围内的项目点。',
  'profile.link.assigned': '归属本园区',
  'profile.link.inside': '位于范围内',
  'profile.link.both': '归属 · 范围内',
  'profile.clauses': '提及本园区的规划条款',
  'profile.targets': '所属产业的规划目标',
  'profile.targetsRule':
    '规则：目标的适用范围为本园区的某一产业，或其上级产业（如新能源目标适用于锂电池园区）时列出；面向全市工业的目标不列出。',
  'profile.targetsNone': '没有适用于这些产业的规划目标。',
  'profile.viaParent': '经上级产业',
  'profile.byYear': '{year}年',
  'profile.showAll': '显示全部 {count} 项',
  'profile.showFewer': '收起',
  'profile.chain': '产业链完整度：{chain}，{radiusKm} 公里范围内',
  'profile.chainScore': '{total} 个环节中具备 {present} 个',
  'profile.chainRule':
    '按园区主导产业的产业链计算。在园区锚点（范围质心）{radiusKm} 公里内有标注该环节的项目点或园区，即视为具备该环节。',
  'profile.chainNone': '本园区所属产业没有定义产业链。',
  'profile.present': '已具备',
  'profile.missing': '缺失',
  'profile.nearestAt': '最近：{name}，{distance}',
  'profile.noProvider': '数据中无供给方',
  'profile.access': '交通距离',
  'profile.accessRule': '自园区锚点（范围质心）起算的大圆距离。',
  'profile.port': '天津港',
  'profile.airport': '机场',
  'profile.rail': '最近的火车站',
  'profile.nearestPark': '最近的其他园区',
  'profile.location': '位置精度与来源',
  'profile.precision': '精度',
  'profile.outline': '范围',
  'profile.source': '定位依据',
  'profile.sources': '数据来源与日期',
  'profile.planSource': '{title}，{issuer}，{date} 发布',
  'profile.geodata':
    '园区位置与范围：依据所引规划及上述定位来源整理；底图 © OpenStreetMap 贡献者（ODbL）、geoBoundaries、GSHHG。',
  'profile.loaded': '本服务器数据加载时间：{date}',
  'profile.km': '{value} 公里',
}

const DICTIONARIES = { en, zh } as const

export type ProfileTranslate = (key: ProfileKey, vars?: Record<string, string | number>) => string

/** A translate function for the profile's strings in `lang`. */
export function profileTranslate(lang: Lang): ProfileTranslate {
  const dictionary: Record<ProfileKey, string> = DICTIONARIES[lang]
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      vars && name in vars ? String(vars[name]) : match,
    )
}

/** The app's i18n plus the profile's strings (`pt`). */
export function useProfileI18n() {
  const i18n = useI18n()
  return useMemo(() => ({ ...i18n, pt: profileTranslate(i18n.lang) }), [i18n])
}

/** "12.3 km" / "12.3 公里" with one decimal. */
export function formatKm(distanceKm: number, lang: Lang): string {
  const value = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(distanceKm)
  return profileTranslate(lang)('profile.km', { value })
}
