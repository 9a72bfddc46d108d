import { defineMessages } from '../../lib/i18n/define-messages.ts'

/** Strings of the search box beyond the shared ones: the kinds it finds and why. */
export const SEARCH_MESSAGES = defineMessages({
  en: {
    'search.hint': 'Search places, sectors, chains or “117.2, 39.13”',
    'kind.infrastructure': 'Transport',
    'kind.sector': 'Sector',
    'kind.chain': 'Chain',
    'kind.link': 'Chain link',
    'kind.point': 'Point',
    'search.via': 'in {name}',
    'search.alias': 'also called {name}',
    'search.linkOf': 'link of {name}',
    'search.sectorAction': 'show only this sector on the map',
    'search.chainAction': 'open its completeness analysis',
    'search.point': 'WGS84 longitude, latitude',
    'search.pointIn': 'in {name} · analyse around this point',
    'search.pointOutside': 'outside the area of this map',
  },
  zh: {
    'search.hint': '搜索地点、产业、产业链或“117.2, 39.13”',
    'kind.infrastructure': '交通',
    'kind.sector': '产业',
    'kind.chain': '产业链',
    'kind.link': '链环节',
    'kind.point': '坐标',
    'search.via': '属于 {name}',
    'search.alias': '又称 {name}',
    'search.linkOf': '{name} 的环节',
    'search.sectorAction': '在地图上只显示该产业',
    'search.chainAction': '打开产业链完整度分析',
    'search.point': 'WGS84 经度、纬度',
    'search.pointIn': '位于{name} · 分析此点周边',
    'search.pointOutside': '超出本地图范围',
  },
})
