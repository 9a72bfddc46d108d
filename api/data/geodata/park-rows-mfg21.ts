import { districtLevelNote } from './location-notes.ts'
import type { ParkRow } from './park-row.ts'

const NANGANG_BLOCK_INDEX = 10
const NANGANG_SOURCE =
  'Reclaimed-land block 10 of geodata/binhai-reclamation-additions.geojson (52.9 km², OSM 2020 via hyperknot/country-levels-export, ODbL), identified as Nangang by the Beijing Gas LNG terminal, "Location: Nangang, Binhai District", 38.738256, 117.714095 (Global Energy Monitor wiki, "Tianjin LNG Terminal (Beijing Gas Group)"), which lies inside the block; LNG Journal (2020-01-28) and S&P Global Platts (2020-01-22) also place that terminal in Nangang. The zone\'s planned area (about 200 km², incl. land still to be reclaimed; Tianjin Summer Davos site 2014, "10 Major Projects") is larger: the polygon is the reclaimed core as mapped in 2020, not an administrative boundary.'

/**
 * Parks, bases and zones named in 二、 (key fields) of the 2021 Manufacturing Strong City
 * Three-Year Action Plan (mfg21); the rest are in `park-rows-mfg21-more.ts`.
 */
export const PARK_ROWS_MFG21: ParkRow[] = [
  {
    id: 'binhai-ai-pilot-zone',
    name_zh: '天津(滨海新区)人工智能创新应用先导区',
    name_en:
      'Tianjin (Binhai New Area) Artificial Intelligence Innovation and Application Pilot Zone',
    kind: 'pilot-zone',
    level: null,
    district_code: '120116',
    sectors: ['intelligent-tech'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-2.1.p2'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the pilot zone is named after the district and no narrower extent is given',
    ),
    description_zh:
      '加快建设的人工智能创新应用先导区,推动先进计算、人工智能服务器等项目和智能应用试点示范。',
    description_en:
      'AI innovation and application pilot zone to be accelerated, with advanced-computing and AI-server projects and pilot applications.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'beichen-medical-valley',
    name_zh: '北辰京津医药谷',
    name_en: 'Beichen Beijing-Tianjin Medical Valley',
    kind: 'park',
    level: null,
    district_code: '120113',
    sectors: ['biomedicine'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-2.2.p1'],
    location_precision: 'district',
    location_source: districtLevelNote('Beichen District', 'the plan names only the district'),
    description_zh: '高标准规划建设的生物医药产业园区。',
    description_en: 'Biomedicine park to be planned and built to a high standard.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'nangang-industrial-zone',
    name_zh: '天津南港工业区',
    name_en: 'Tianjin Nangang Industrial Zone',
    kind: 'zone',
    level: null,
    district_code: '120116',
    sectors: ['petrochemical', 'new-materials'],
    chain_links: ['chain-new-materials/chemical-materials'],
    plans: ['mfg21'],
    citations: ['mfg21-2.2.p3'],
    location_precision: 'approximate',
    location_source: NANGANG_SOURCE,
    description_zh:
      '滨海新区南部临港化工园区(规划面积约200平方公里),是南港世界一流化工新材料产业基地的所在地。',
    description_en:
      'Port-side chemical industrial zone in southern Binhai New Area (about 200 km² planned), home of the Nangang world-class chemical new-materials base.',
    placement: { kind: 'reclamation-boundary', feature_index: NANGANG_BLOCK_INDEX },
  },
  {
    id: 'nangang-petrochem-new-materials-base',
    name_zh: '南港世界一流化工新材料产业基地',
    name_en: 'Nangang World-Class Chemical New Materials Base',
    kind: 'base',
    level: null,
    district_code: '120116',
    sectors: ['new-materials', 'petrochemical'],
    chain_links: ['chain-new-materials/chemical-materials'],
    plans: ['mfg21'],
    citations: ['mfg21-2.2.p3'],
    location_precision: 'approximate',
    location_source: `Drawn with the Nangang Industrial Zone outline (the base is that zone's chemical new-materials development). ${NANGANG_SOURCE}`,
    description_zh: '加快建设的世界一流化工新材料产业基地。',
    description_en: 'World-class chemical new-materials base to be accelerated.',
    placement: { kind: 'reclamation-boundary', feature_index: NANGANG_BLOCK_INDEX },
  },
  {
    id: 'lingang-economic-zone',
    name_zh: '天津临港经济区(临港海洋装备核心区)',
    name_en: 'Tianjin Lingang Economic Zone (Lingang Marine Equipment Core Area)',
    kind: 'zone',
    level: null,
    district_code: '120116',
    sectors: ['equipment'],
    chain_links: ['chain-high-end-equipment/marine-equipment'],
    plans: ['mfg21'],
    citations: ['mfg21-2.3.p1'],
    location_precision: 'approximate',
    location_source:
      'Circle (r 1.8 km, the largest that stays on land) at 38.909°N 117.762°E, placed from the zone\'s described extent: reclaimed land on the south side of the Haihe mouth facing the Port of Tianjin, bounded by Bohai Bay (E), the Haihe mouth (N), Haibin Avenue (W) and the Jinjin Expressway (S) (Baidu Baike "天津临港经济区"), checked against the land of geodata/districts.geojson and the Port of Tianjin\'s nominal centre 38°58′33″N 117°47′15″E (en.wikipedia "Port of Tianjin") about 8 km to the north-north-east. No source gives a coordinate; the zone (about 200 km² planned) extends several km beyond the circle.',
    description_zh:
      '围海造地形成的港口与工业一体化产业区;计划加快临港海洋装备核心区建设,成为国内海洋装备制造领航区。',
    description_en:
      "Port-industry zone on reclaimed land; the plan speeds up its marine-equipment core area to lead China's marine equipment manufacturing.",
    placement: { kind: 'circle', centre: [117.762, 38.909], radius_km: 1.8 },
  },
  {
    id: 'xiqing-connected-vehicle-pilot-zone',
    name_zh: '天津(西青)国家级车联网先导区',
    name_en: 'Tianjin (Xiqing) National Connected Vehicle Pilot Zone',
    kind: 'pilot-zone',
    level: 'national',
    district_code: '120111',
    sectors: ['automotive'],
    chain_links: ['chain-connected-vehicles/smart-infrastructure'],
    plans: ['mfg21'],
    citations: ['mfg21-2.3.p2'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Xiqing District',
      'the pilot zone is named after the district and no narrower extent is given',
      2,
    ),
    description_zh: '加快建设先导区一期智能基础设施应用平台,打造新能源汽车与智能网联车发展高地。',
    description_en:
      'National connected-vehicle pilot zone; phase one builds an intelligent-infrastructure application platform for new-energy and connected vehicles.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 2 },
  },
  {
    id: 'binhai-petrochem-demo-base',
    name_zh: '滨海新区石油化工国家新型工业化产业示范基地',
    name_en: 'Binhai Petrochemical National New Industrialisation Demonstration Base',
    kind: 'base',
    level: 'national',
    district_code: '120116',
    sectors: ['petrochemical'],
    chain_links: [
      'chain-green-petrochem/olefins',
      'chain-green-petrochem/eo-po',
      'chain-green-petrochem/polyolefins-plastics',
    ],
    plans: ['mfg21'],
    citations: ['mfg21-2.3.p3'],
    location_precision: 'district',
    location_source: districtLevelNote('Binhai New Area', 'the plan names only the district'),
    description_zh:
      '依托乙烯、丙烯等中间产品原料基础,布局环氧全产业链,推动产业向高端聚烯烃、改性塑料等方向延伸。',
    description_en:
      'National petrochemical demonstration base: epoxide value chain from olefins, extending to high-end polyolefins and modified plastics.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'binhai-uav-test-zone',
    name_zh: '滨海新区国家首批民用无人驾驶航空试验区',
    name_en: 'Binhai National Civil Unmanned Aviation Test Zone (first batch)',
    kind: 'pilot-zone',
    level: 'national',
    district_code: '120116',
    sectors: ['aerospace'],
    chain_links: ['chain-aerospace/uavs'],
    plans: ['mfg21'],
    citations: ['mfg21-2.3.p4'],
    location_precision: 'district',
    location_source: districtLevelNote('Binhai New Area', 'the plan names only the district'),
    description_zh: '首批国家民用无人驾驶航空试验区,配合新型无人机、大载重无人直升机等研发。',
    description_en:
      'One of the first national civil unmanned-aviation test zones, alongside development of new drones and heavy-lift unmanned helicopters.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
]
