import type { Lang } from '../../lib/i18n/lang.ts'

/** The embed's own UI strings (the shared ones come from `web/i18n`). */
const en = {
  'embed.title': 'Tianjin Industry Map',
  'embed.toolbar': 'Map tools',
  'embed.showList': 'List view',
  'embed.showMap': 'Map view',
  'embed.fullMap': 'View full map',
  'embed.newWindow': '(opens in a new window)',
  'embed.legend': 'Legend',
  'embed.sectors': 'Sectors (site colour)',
  'embed.listTitle': 'Parks and sites on this map',
  'embed.listSummary': '{parks} parks and {sites} sites',
  'embed.parks': 'Parks and zones',
  'embed.sites': 'Sites',
  'embed.colName': 'Name',
  'embed.colType': 'Type',
  'embed.colSector': 'Sector',
  'embed.colDistrict': 'District',
  'embed.colPrecision': 'Location precision',
  'embed.selectHint': 'Select a name to show it on the map and see its details.',
  'embed.loading': 'Loading…',
  'embed.detailTitle': 'Selected place',
  'embed.close': 'Close',
  'embed.showOnMap': 'Show on map',
  'embed.openInApp': 'Open in the full map',
  'embed.citations': 'Cited in {count} clause(s) of the plans',
  'embed.gesturesWindows': 'Use Ctrl + scroll to zoom the map',
  'embed.gesturesMac': 'Use ⌘ + scroll to zoom the map',
  'embed.gesturesMobile': 'Use two fingers to move the map',
  'precisionShort.exact': 'Exact',
  'precisionShort.approximate': 'Approximate',
  'precisionShort.district': 'District only',
} as const

export type EmbedMessageKey = keyof typeof en

const zh: Record<EmbedMessageKey, string> = {
  'embed.title': '天津产业地图',
  'embed.toolbar': '地图工具',
  'embed.showList': '列表视图',
  'embed.showMap': '地图视图',
  'embed.fullMap': '查看完整地图',
  'embed.newWindow': '（在新窗口打开）',
  'embed.legend': '图例',
  'embed.sectors': '产业（项目点颜色）',
  'embed.listTitle': '本图中的园区与项目点',
  'embed.listSummary': '{parks} 个园区、{sites} 个项目点',
  'embed.parks': '园区',
  'embed.sites': '项目点',
  'embed.colName': '名称',
  'embed.colType': '类型',
  'embed.colSector': '产业',
  'embed.colDistrict': '所在区',
  'embed.colPrecision': '位置精度',
  'embed.selectHint': '选择名称即可在地图上定位并查看详情。',
  'embed.loading': '正在加载…',
  'embed.detailTitle': '所选地点',
  'embed.close': '关闭',
  'embed.showOnMap': '在地图上显示',
  'embed.openInApp': '在完整地图中打开',
  'embed.citations': '计划中有 {count} 条条款提及',
  'embed.gesturesWindows': '按住 Ctrl 并滚动以缩放地图',
  'embed.gesturesMac': '按住 ⌘ 并滚动以缩放地图',
  'embed.gesturesMobile': '用两根手指移动地图',
  'precisionShort.exact': '精确',
  'precisionShort.approximate': '近似',
  'precisionShort.district': '仅知所在区',
}

const DICTIONARIES = { en, zh } as const

export type EmbedTranslate = (
  key: EmbedMessageKey,
  vars?: Record<string, string | number>,
) => string

/** The embed's translate function for `lang` (`{name}` placeholders filled from `vars`). */
export function embedTranslate(lang: Lang): EmbedTranslate {
  const dictionary: Record<EmbedMessageKey, string> = DICTIONARIES[lang]
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      vars && name in vars ? String(vars[name]) : match,
    )
}

/** MapLibre's cooperative-gesture hints in `lang`. */
export function cooperativeGestureLocale(lang: Lang): Record<string, string> {
  const t = embedTranslate(lang)
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('embed.gesturesWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('embed.gesturesMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('embed.gesturesMobile'),
  }
}
