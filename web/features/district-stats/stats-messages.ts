import { defineMessages } from '../../lib/i18n/define-messages.ts'

/** Strings of the district statistics layer and the dataset download. */
export const STATS_MESSAGES = defineMessages({
  en: {
    'stats.title': 'District statistics',
    'stats.toggle': 'Colour districts by',
    'stats.measure.sites': 'Number of sites',
    'stats.measure.investment': 'Stated investment (100 million CNY)',
    'stats.sector': 'Sector',
    'stats.allSectors': 'All sectors',
    'stats.zero': 'None',
    'stats.noFigure': 'No figure stated',
    'stats.range': '{min}–{max}',
    'stats.multiSector': 'A site tagged with several sectors counts in each.',
    'stats.investmentStated':
      'Investment is stated for {stated} of {sites} sites; districts without a figure are left uncoloured.',
    'download.title': 'Download this dataset',
    'download.what': 'The {sites} sites and {parks} parks shown, with the filters above.',
    'download.whatParksOnly':
      'The {parks} parks shown, with the filters above. The {sites} sites shown are too many to download from the map.',
    'download.geojson': 'GeoJSON',
    'download.csv': 'CSV',
    'download.licence':
      'Open Database License (ODbL 1.0): © OpenStreetMap contributors, geoBoundaries; the places are this project’s work from the two plans.',
  },
  zh: {
    'stats.title': '分区统计',
    'stats.toggle': '按下列指标为各区着色',
    'stats.measure.sites': '项目点数量',
    'stats.measure.investment': '已披露投资额（亿元）',
    'stats.sector': '产业',
    'stats.allSectors': '全部产业',
    'stats.zero': '无',
    'stats.noFigure': '未披露数额',
    'stats.range': '{min}–{max}',
    'stats.multiSector': '同属多个产业的项目点在每个产业中各计一次。',
    'stats.investmentStated': '{sites} 个项目点中有 {stated} 个披露了投资额；没有数额的区不着色。',
    'download.title': '下载本数据集',
    'download.what': '当前显示的 {sites} 个项目点和 {parks} 个园区（按上方筛选）。',
    'download.whatParksOnly':
      '当前显示的 {parks} 个园区（按上方筛选）。显示的 {sites} 个项目点数量过多，无法从地图下载。',
    'download.geojson': 'GeoJSON',
    'download.csv': 'CSV',
    'download.licence':
      '开放数据库许可协议（ODbL 1.0）：© OpenStreetMap 贡献者、geoBoundaries；地点为本项目依据两部计划整理。',
  },
})
