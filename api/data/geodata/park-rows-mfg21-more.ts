import { districtLevelNote } from './location-notes.ts'
import type { ParkRow } from './park-row.ts'

const VALLEY_SOURCES =
  'Tianjin Daily via China Review News (2022-02-12, "滨海新区将……统筹推进“细胞谷”“生物制造谷”“中国信创谷”……创新集聚区建设") and Xinhua (2021-11-26, "天津滨海新区:科技“新苗”壮 五“谷”争丰登") place it in Binhai New Area, without a citable coordinate'
const VALLEY_ZH =
  '着力打造的创新载体之一,构建以信息技术应用创新为主攻方向、以生物产业和高端装备为重点的产业创新格局。'
const VALLEY_EN =
  'One of the innovation carriers the plan builds up, in an innovation pattern led by IT application innovation with biotech and high-end equipment as wings.'

/** The five fields 三、(一) lists before naming the valley. */
const IT_INNOVATION_LINKS = [
  'chain-it-innovation/basic-software',
  'chain-it-innovation/application-software',
  'chain-it-innovation/network-security',
  'chain-it-innovation/cpu-ic-design',
  'chain-it-innovation/terminal-devices',
]

function valley(
  id: string,
  nameZh: string,
  nameEn: string,
  sector: string,
  chainLinks: string[],
  why: string,
): ParkRow {
  return {
    id,
    name_zh: nameZh,
    name_en: nameEn,
    kind: 'cluster',
    level: null,
    district_code: '120116',
    sectors: [sector],
    chain_links: chainLinks,
    plans: ['mfg21'],
    citations: ['mfg21-3.1.p1'],
    location_precision: 'district',
    location_source: districtLevelNote('Binhai New Area', why),
    description_zh: VALLEY_ZH,
    description_en: VALLEY_EN,
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  }
}

/** mfg21 parks of 三、 (key tasks) and 四、(五) (Beijing-Tianjin-Hebei transfer platforms). */
export const PARK_ROWS_MFG21_MORE: ParkRow[] = [
  {
    id: 'binhai-energy-internet-demo-zone',
    name_zh: '滨海新区能源互联网示范区',
    name_en: 'Binhai Energy Internet Demonstration Zone',
    kind: 'zone',
    level: null,
    district_code: '120116',
    sectors: ['new-energy'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-3.3.p3'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the plan names the district as a whole ("支撑滨海新区率先建设……能源互联网示范区")',
    ),
    description_zh:
      '推进500千伏双环网等电网工程,打造智能电网、能源互联网,支撑滨海新区率先建设中国特色、国际领先的能源互联网示范区。',
    description_en:
      'Grid upgrades (500 kV double ring and others) for a smart grid and energy internet, making Binhai an internationally leading energy-internet demonstration zone.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  valley(
    'china-xinchuang-valley',
    '中国信创谷',
    'China Xinchuang Valley (IT Application Innovation Valley)',
    'intelligent-tech',
    IT_INNOVATION_LINKS,
    `the plan gives no place; ${VALLEY_SOURCES}`,
  ),
  valley(
    'binhai-biomanufacturing-valley',
    '生物制造谷',
    'Biomanufacturing Valley',
    'biomedicine',
    ['chain-biomedicine/biologics'],
    `the plan gives no place; ${VALLEY_SOURCES}; Jinwan Bao (2022-03-02) puts its carriers in the Tianjin Port Free Trade Zone`,
  ),
  valley(
    'binhai-cell-valley',
    '细胞谷',
    'Cell Valley',
    'biomedicine',
    ['chain-biomedicine/cell-engineering'],
    `the plan gives no place; ${VALLEY_SOURCES}`,
  ),
  {
    id: 'binhai-zhongguancun-science-park',
    name_zh: '天津滨海—中关村科技园',
    name_en: 'Tianjin Binhai-Zhongguancun Science Park',
    kind: 'park',
    level: null,
    district_code: '120116',
    sectors: ['intelligent-tech', 'biomedicine', 'new-energy'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-4.5.p1'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the plan gives no place; Economic Daily (2019-04-11) puts the park in the Beitang area of Binhai New Area (10.3 km² start-up area), without a citable coordinate',
    ),
    description_zh:
      '京津共建的产业转移平台,2016年挂牌;主导产业为智能科技、生命大健康、新能源和科技服务业(中评社2025-08-30)。',
    description_en:
      'Beijing-Tianjin industrial transfer platform opened in 2016; focus on intelligent technology, life sciences and health, new energy and technology services (China Review News, 2025-08-30).',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'baodi-zhongguancun-science-city',
    name_zh: '宝坻京津中关村科技城',
    name_en: 'Baodi Beijing-Tianjin Zhongguancun Science City',
    kind: 'park',
    level: null,
    district_code: '120115',
    sectors: ['intelligent-tech', 'new-energy', 'new-materials', 'biomedicine', 'equipment'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-4.5.p1'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Baodi District',
      'the plan gives no place; news reports put it in the Baodi Economic Development Zone next to the Beijing-Harbin Expressway, north-west of Baodi town, 14.5 km² planned (tianjin 72177.com 2019-04-26; China Steel News 2019-08-19), without a citable coordinate',
    ),
    description_zh:
      '中关村与宝坻区共建的产业转移平台;主导产业为人工智能与智能制造、新能源与新材料、生物医药与医疗器械、高端装备制造(2020-10-30新闻发布会)。',
    description_en:
      'Industrial transfer platform co-built by Zhongguancun and Baodi; focus on AI and smart manufacturing, new energy and materials, biomedicine and medical devices, high-end equipment (press conference, 2020-10-30).',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'wuqing-jingjin-industrial-new-city',
    name_zh: '武清京津产业新城',
    name_en: 'Wuqing Beijing-Tianjin Industrial New City',
    kind: 'zone',
    level: null,
    district_code: '120114',
    sectors: ['biomedicine', 'equipment'],
    chain_links: [],
    plans: ['mfg21'],
    citations: ['mfg21-4.5.p1'],
    location_precision: 'approximate',
    location_source:
      'Boundary: the Wuqing District polygon of geodata/districts.geojson. The 2023 construction scheme approved by the city (Tianjin Daily, 2023-12-29, "京津产业新城的范围是——武清区全区") defines the new city as the whole district; in 2021 the platform may have been narrower, so the outline is approximate.',
    description_zh:
      '承接北京非首都功能的产业转移平台,空间布局为"一核引领、多点支撑、全域联动";区内主导产业包括医疗健康和智能制造(天津招商网2025-08-20)。',
    description_en:
      'Industrial transfer platform for functions relocated from Beijing, laid out as one core, several supporting parks and the whole district; leading industries include health care and smart manufacturing (Tianjin investment portal, 2025-08-20).',
    placement: { kind: 'district-boundary' },
  },
]
