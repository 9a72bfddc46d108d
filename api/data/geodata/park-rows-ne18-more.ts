import { districtLevelNote } from './location-notes.ts'
import type { ParkRow } from './park-row.ts'

const FEATURE_PARK_WHY =
  'ne18 一、(二) names the district\'s new-energy feature park ("新能源产业特色园区") without a place'
const FEATURE_PARK_ZH = '基本原则"系统布局、产业协同"提出建立的区级新能源产业特色园区。'
const FEATURE_PARK_EN =
  "District new-energy feature park called for by the plan's principle of system-wide layout and industrial coordination."

function featurePark(
  id: string,
  districtCode: string,
  districtZh: string,
  districtEn: string,
  radiusKm = 3,
): ParkRow {
  const districtLabel = districtEn === 'Binhai' ? 'Binhai New Area' : `${districtEn} District`
  return {
    id,
    name_zh: `${districtZh}新能源产业特色园区`,
    name_en: `${districtEn} New-Energy Industry Feature Park`,
    kind: 'park',
    level: 'district',
    district_code: districtCode,
    sectors: ['new-energy'],
    chain_links: [],
    plans: ['ne18'],
    citations: ['ne18-1.2.p4'],
    location_precision: 'district',
    location_source: districtLevelNote(districtLabel, FEATURE_PARK_WHY, radiusKm),
    description_zh: FEATURE_PARK_ZH,
    description_en: FEATURE_PARK_EN,
    placement: { kind: 'circle', centre: 'district-point', radius_km: radiusKm },
  }
}

/**
 * The rest of the ne18 parks: hydrogen and battery parks of 三、(三)/(四) and the district
 * new-energy feature parks of 一、(二).
 */
export const PARK_ROWS_NE18_MORE: ParkRow[] = [
  {
    id: 'binhai-hydrogen-vehicle-park',
    name_zh: '滨海新区氢燃料新能源汽车产业园',
    name_en: 'Binhai Hydrogen Fuel-Cell Vehicle Industrial Park',
    kind: 'park',
    level: null,
    district_code: '120116',
    sectors: ['hydrogen', 'nev'],
    chain_links: [
      'hydrogen/production',
      'hydrogen/storage-transport',
      'hydrogen/refuelling',
      'hydrogen/fcev',
    ],
    plans: ['ne18'],
    citations: ['ne18-3.4.4'],
    location_precision: 'district',
    location_source: districtLevelNote('Binhai New Area', 'the plan names only the district'),
    description_zh:
      '利用渤化集团等企业的工业副产氢和氢气"制—储—运"优势,推动加氢站建设与氢燃料电池车辆示范运营,打造氢燃料新能源汽车产业园。',
    description_en:
      'Hydrogen fuel-cell vehicle park drawing on by-product hydrogen (e.g. Bohai Chemical) and hydrogen production-storage-transport, with refuelling stations and fuel-cell vehicle demonstration.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'china-hydrogen-valley',
    name_zh: '中国氢谷',
    name_en: 'China Hydrogen Valley',
    kind: 'cluster',
    level: null,
    district_code: '120116',
    sectors: ['hydrogen'],
    chain_links: [],
    plans: ['ne18'],
    citations: ['ne18-3.4.4'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the plan says only "在津建设" (in Tianjin); Binhai New Area is inferred because the project is named under 三、(四) 4., the Binhai hydrogen fuel-cell vehicle park — the district is an inference, not a statement of the text',
    ),
    description_zh:
      '推动深圳国氢新能源科技、科陆集团、加拿大巴拉德动力系统公司等企业在津建设的氢能项目。',
    description_en:
      'Hydrogen project that Shenzhen Guoqing New Energy, CLOU Electronics and Ballard Power Systems are to build in Tianjin.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'guoqing-fuel-cell-industrial-park',
    name_zh: '国氢新能源燃料电池产业园',
    name_en: 'Guoqing New Energy Fuel Cell Industrial Park',
    kind: 'park',
    level: null,
    district_code: '120116',
    sectors: ['hydrogen', 'new-energy'],
    chain_links: [
      'hydrogen/membranes-catalysts',
      'hydrogen/stacks',
      'hydrogen/fuel-cell-systems',
      'hydrogen/fcev',
    ],
    plans: ['ne18', 'mfg21'],
    citations: ['ne18-2.5.1', 'ne18-3.3.3', 'mfg21-0.p3', 'mfg21-2.2.p2'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the plan gives no place and no source was found; Binhai New Area is inferred because the plan ties the same developer (深圳国氢, China Hydrogen Valley) to the Binhai hydrogen fuel-cell vehicle park (三、(四) 4.) — the district is an inference, not a statement of the text',
    ),
    description_zh:
      '储备报批项目:引入燃料电池制造生产线,建设膜电极、电堆模块、DCDC及燃料电池系统集成生产线,打造燃料电池电源模块、动力总成系统、客货车等产品供应链。',
    description_en:
      'Pipeline project: fuel-cell manufacturing lines for membrane electrode assemblies, stack modules, DC/DC converters and system integration, supplying fuel-cell power modules, powertrains and buses/trucks.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  {
    id: 'zhongju-battery-industrial-park',
    name_zh: '中聚电池产业园',
    name_en: 'Zhongju Battery Industrial Park',
    kind: 'park',
    level: null,
    district_code: '120116',
    sectors: ['li-battery'],
    chain_links: ['li-battery/packs-systems', 'li-battery/recycling'],
    plans: ['ne18'],
    citations: ['ne18-3.3.2'],
    location_precision: 'district',
    location_source: districtLevelNote(
      'Binhai New Area',
      'the plan gives no place; xny365.com (2012-02-07, "天津滨海新区打造国家级新能源发展基地") reports Zhongju\'s Tianjin base and R&D centre being built in the Hangu area of Binhai New Area, without a citable coordinate',
    ),
    description_zh:
      '发挥在电池系统设计、工艺技术及关键设备开发、电池系统梯级利用及回收等领域的研发设计优势。',
    description_en:
      'Battery park with R&D strengths in battery-system design, process and key-equipment development, and second-life use and recycling of battery systems.',
    placement: { kind: 'circle', centre: 'district-point', radius_km: 3 },
  },
  featurePark('binhai-ne-feature-park', '120116', '滨海新区', 'Binhai'),
  featurePark('beichen-ne-feature-park', '120113', '北辰区', 'Beichen'),
  featurePark('jinnan-ne-feature-park', '120112', '津南区', 'Jinnan'),
  featurePark('xiqing-ne-feature-park', '120111', '西青区', 'Xiqing', 2),
]
