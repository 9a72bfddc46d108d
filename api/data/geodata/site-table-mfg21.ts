import type { LngLat } from '../../domain/geometry.ts'
import { nearReference } from './reference-points.ts'
import type { SiteRow } from './site-row.ts'

/**
 * Sites named only by the 2021 Manufacturing Strong City plan (`mfg21`): companies,
 * institutions and named projects that the 2018 plan does not name (plus named 2021 projects of
 * companies the 2018 plan does name, e.g. `lishen-10gwh-expansion`).
 *
 * Location rules: `district` rows sit on the district's representative point (turf
 * `pointOnFeature` of its polygon in `geodata/districts.geojson`); `approximate` rows sit on a
 * sourced anchor within ~5 km. Status rule: `under-construction` where the plan's verb for the
 * item includes 建设 (加快建设 / 推进…建设 / 推动…项目建设); `planned` for 引进 / 落户 / 创建;
 * `operating` for existing companies the plan relies on (依托…重点企业); otherwise `null`.
 * Entities that could not be placed honestly are listed in the helper's report, not here.
 */

/** Representative points (turf `pointOnFeature`, 6 decimals) of the districts used below. */
const REP_POINT: Record<string, LngLat> = {
  '120110': [117.399355, 39.12021],
  '120111': [117.109055, 38.99882],
  '120112': [117.38791, 38.962075],
  '120113': [117.17006, 39.249635],
  '120114': [117.056435, 39.420965],
  '120116': [117.594595, 38.909595],
  '120117': [117.62967, 39.39742],
  '120118': [116.9569, 38.827905],
}

/** Tianjin Binhai International Airport reference point (OurAirports id 3368, in Dongli). */
const AIRPORT_ARP: LngLat = [117.346001, 39.124401]

const AIRBUS_CAMPUS_NOTE =
  'Approximate: the Airbus Tianjin campus (A320 FAL, A330/A350 completion and delivery centre, ' +
  'AVIC XAC wing/fuselage works) adjoins Tianjin Binhai International Airport (A330 taxiway ' +
  'described as in the airport’s south-east, 72177.com 2016; XAC plant “毗邻空客总装线”, ' +
  'polymer.cn 2012); placed at the airport reference point (OurAirports id 3368), within ~5 km. ' +
  'Administered by Tianjin Port Free Trade Zone (Binhai New Area) but inside the Dongli polygon ' +
  'of geodata/districts.geojson, so district_code is 120110'

/** Location fields of a site known only at district level. */
function inDistrict(code: string, evidence: string) {
  const position = REP_POINT[code]
  if (!position) throw new Error(`no representative point for district ${code}`)
  return {
    district_code: code,
    position,
    location_precision: 'district' as const,
    location_source: `District only: ${evidence}. Placed at the district representative point (turf pointOnFeature of its polygon in geodata/districts.geojson), not at the site`,
  }
}

const airbusCampus = {
  district_code: '120110',
  position: AIRPORT_ARP,
  location_precision: 'approximate' as const,
  location_source: AIRBUS_CAMPUS_NOTE,
}

/** Shared fields of every row of this table. */
const BASE = {
  plans: ['mfg21' as const],
  chain_links: [] as string[],
  investment_cny_100m: null,
  capacity: null,
  park_id: null as string | null,
  status: null as SiteRow['status'],
}

const BINHAI_TEDA = 'TEDA (天津经济技术开发区) is in Binhai New Area'

export const SITES_MFG21: SiteRow[] = [
  // 二、(一) 人工智能产业
  {
    ...BASE,
    id: 'sugon-advanced-computing-innovation-center',
    chain_links: ['chain-it-innovation/terminal-devices'],
    name_zh: '曙光国家先进计算产业创新中心',
    name_en: 'Sugon National Advanced Computing Industry Innovation Center',
    kind: 'platform',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p2'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    district_code: '120111',
    ...nearReference(
      'goldin-finance-117',
      'construction launched at 中科曙光天津产业基地 in 天津高新区华苑科技园 (中国电子报, Jan 2019); the Sugon base is in 华苑产业区(环外), west of the outer ring road, which lies in the Xiqing polygon',
    ),
    description_zh:
      '由曙光信息产业牵头组建的国家先进计算产业创新中心,规划列入人工智能产业重点研发建设项目。',
    description_en:
      'National advanced-computing innovation centre led by Sugon; a key AI project of the plan.',
  },
  {
    ...BASE,
    id: 'nscc-tianjin-next-generation-supercomputer',
    name_zh: '新一代超级计算机(国家超级计算天津中心)',
    name_en: 'Next-generation supercomputer (National Supercomputer Center in Tianjin)',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p2'],
    status: 'under-construction',
    park_id: 'teda',
    ...inDistrict(
      '120116',
      `Tianhe-1 and the National Supercomputer Center in Tianjin sit in the TEDA 泰达服务外包产业园 (Xinhua, Apr 2017); ${BINHAI_TEDA}`,
    ),
    description_zh:
      '规划所列“新一代超级计算机”,由国家超级计算天津中心承担(天河三号百亿亿次原型机研制)。',
    description_en:
      'The plan’s “new-generation supercomputer”, developed at the National Supercomputer Center in Tianjin (Tianhe-3 exascale work).',
  },
  // 二、(一) 新一代信息技术产业
  {
    ...BASE,
    id: 'smic-tianjin-fab-expansion',
    chain_links: ['chain-integrated-circuits/fabrication'],
    name_zh: '中芯国际集成电路生产线扩产(二期、三期)',
    name_en: 'SMIC Tianjin IC production line expansion (phases 2 and 3)',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p3'],
    status: 'under-construction',
    ...inDistrict(
      '120111',
      'SMIC Tianjin is in the Xiqing Economic-Technological Development Area (XEDA); its T2/T3 lines for the “world’s largest single 8-inch base” were launched there in 2016 (en.xeda.gov.cn News_59)',
    ),
    description_zh:
      '中芯国际天津公司8英寸生产线T2、T3扩产,目标建成世界单体规模最大的8英寸集成电路生产基地。',
    description_en:
      'SMIC Tianjin 8-inch fab expansion (T2/T3), aiming at the world’s largest single 8-inch IC base.',
  },
  {
    ...BASE,
    id: 'phytium-chip-rnd-hq',
    chain_links: ['chain-it-innovation/cpu-ic-design', 'chain-integrated-circuits/chip-design'],
    name_zh: '飞腾芯片研发总部',
    name_en: 'Phytium chip R&D headquarters',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p3'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120116',
      'Binhai New Area government (Jun 2020) lists 飞腾 in the core 新一代信息技术 chain of Binhai New Area; Phytium is a 滨海高新区 enterprise (天津国家自主创新示范区 report, 2015). Exact site not documented in the sources found',
    ),
    description_zh: '飞腾信息技术有限公司CPU芯片研发总部项目。',
    description_en: 'R&D headquarters project of Phytium Technology (CPU design).',
  },
  {
    ...BASE,
    id: 'hwatsing-capacity-expansion',
    name_zh: '华海清科扩能',
    name_en: 'Hwatsing Technology capacity expansion',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p3'],
    status: 'under-construction',
    ...inDistrict(
      '120112',
      'Hwatsing Technology (CMP equipment) is registered at 天津市津南区咸水沽镇聚兴道11号 (STAR-market listing announcement, Jun 2022); the expansion site itself is not documented',
    ),
    description_zh: '华海清科化学机械抛光(CMP)设备扩能项目。',
    description_en: 'Capacity expansion of Hwatsing Technology, maker of CMP equipment.',
  },
  {
    ...BASE,
    id: 'linxens-china-new-factory',
    name_zh: '立联信中国新工厂',
    name_en: 'Linxens China new factory',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p3'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120116',
      '立联信中国工厂项目 was launched in 滨海高新区 with the 紫光天津芯云产业基地 (Sina Tianjin, 20 Sep 2019); the Unigroup cloud HQ of that base is in Binhai New Area. Exact site not documented',
    ),
    description_zh: '紫光集团旗下立联信(Linxens)中国工厂,属紫光天津芯云产业基地系列项目。',
    description_en:
      'China factory of Linxens (Tsinghua Unigroup), part of the Unigroup Tianjin chip-and-cloud base.',
  },
  {
    ...BASE,
    id: 'huanou-smart-wafer-slicing',
    chain_links: ['chain-integrated-circuits/wafer-materials'],
    name_zh: '环欧半导体智能化切片',
    name_en: 'Huanou Semiconductor intelligent wafer slicing',
    kind: 'project',
    sectors: ['intelligent-tech'],
    citations: ['mfg21-2.1.p3'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120111',
      'assumed at the 中环/环欧 base in 华苑产业区(环外) (company address as published in TCL Zhonghuan filings; not re-verified in the stored sources), which lies in the Xiqing polygon; the project site itself is not documented',
    ),
    description_zh:
      '环欧半导体(中环股份子公司)智能化切片项目;与新能源产业段“高效太阳能电池用切片”可能为同一项目的两种表述。',
    description_en:
      'Intelligent wafer-slicing project of Huanou (TCL Zhonghuan); possibly the same project as the solar-wafer slicing named in the new-energy paragraph.',
  },
  // 二、(二) 生物医药产业
  {
    ...BASE,
    id: 'wuxi-apptec-north-base-phase2',
    chain_links: ['chain-biomedicine/drug-discovery'],
    name_zh: '药明康德北方基地二期',
    name_en: 'WuXi AppTec northern base, phase 2',
    kind: 'project',
    sectors: ['biomedicine'],
    citations: ['mfg21-2.2.p1'],
    park_id: 'teda',
    ...inDistrict(
      '120116',
      `WuXi’s Tianjin research site opened in 2006–07 in TEDA (PR Newswire Asia, Jan 2007; C&EN, Jan 2007); ${BINHAI_TEDA}. The phase-2 site is not documented`,
    ),
    description_zh: '药明康德天津(北方)研发基地二期工程。',
    description_en: 'Phase 2 of WuXi AppTec’s Tianjin (northern) R&D base.',
  },
  {
    ...BASE,
    id: 'tsumura-shengshi-classic-formula-base',
    chain_links: ['chain-biomedicine/modern-tcm', 'chain-biomedicine/formulations'],
    name_zh: '津村盛实制药高品质中药经典名方制剂生产基地',
    name_en: 'Tsumura–Shengshi high-quality classical TCM formula production base',
    kind: 'project',
    sectors: ['biomedicine'],
    citations: ['mfg21-2.2.p1'],
    ...inDistrict(
      '120116',
      '天津津村制药 (Tsumura, 一期 built 2019–2021) is a Binhai New Area enterprise (tjbh.com, Nov 2022); 盛实百草’s plant is in 滨海高新区 (tjbh.com, Nov 2021)',
    ),
    description_zh: '日本津村与盛实百草在天津的中药经典名方制剂生产基地。',
    description_en:
      'Production base for classical Kampo/TCM formula preparations by Tsumura and Shengshi Baicao.',
  },
  {
    ...BASE,
    id: 'cell-engineering-innovation-center',
    chain_links: ['chain-biomedicine/cell-engineering'],
    name_zh: '细胞工程创新中心',
    name_en: 'Cell Engineering Innovation Center',
    kind: 'platform',
    sectors: ['biomedicine'],
    citations: ['mfg21-2.2.p1'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120116',
      'listed among the “四中心” of the 滨海高新区 细胞谷 (miqisi.net mirror of 高新区 news); the 细胞谷 is a Binhai New Area programme (xinhua08, Aug 2021). Host site not documented',
    ),
    description_zh: '天津“细胞谷”建设中的细胞工程创新平台。',
    description_en: 'Cell-engineering innovation platform of Tianjin’s “Cell Valley”.',
  },
  {
    ...BASE,
    id: 'tianjin-international-joint-academy-of-biomedicine-phase2',
    chain_links: ['chain-biomedicine/drug-discovery'],
    name_zh: '国际生物医药联合研究院二期',
    name_en: 'Tianjin International Joint Academy of Biomedicine, phase 2',
    kind: 'project',
    sectors: ['biomedicine'],
    citations: ['mfg21-2.2.p1'],
    status: 'under-construction',
    park_id: 'teda',
    district_code: '120116',
    ...nearReference(
      'teda-soccer-stadium',
      `the academy stands at 天津经济技术开发区黄海路与十三大街交口 (Tianjin Science and Technology Bureau page), on the numbered-avenue (大街) grid of TEDA’s East Area; ${BINHAI_TEDA}`,
    ),
    description_zh: '天津国际生物医药联合研究院二期,国家生物医药国际创新园的研发转化平台。',
    description_en:
      'Phase 2 of the Tianjin International Joint Academy of Biomedicine, R&D hub of the national biomedical innovation park.',
  },
  // 二、(二) 新能源产业
  {
    ...BASE,
    id: 'lishen-10gwh-expansion',
    chain_links: ['chain-new-energy/power-batteries', 'li-battery/cells'],
    name_zh: '力神百亿瓦时动力电池扩产',
    name_en: 'Lishen 10 GWh power-battery capacity expansion',
    kind: 'project',
    sectors: ['new-energy', 'li-battery'],
    citations: ['mfg21-2.2.p2'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    capacity: { value: 10, unit: 'gwh_per_year', quote: '百亿瓦时' },
    ...inDistrict(
      '120111',
      'assumed at Lishen’s existing power-battery plant in 滨海高新区华苑科技园 (Xinhua, Feb 2023; EIA notice 华苑产业区(环外)海泰南道38号, Mar 2023), in the Xiqing polygon, since 扩产 expands existing capacity; Lishen’s separate 24 GWh 滨海新能源产业基地 (海洋科技园, Binhai, launched Jun 2022) may be the same programme — unresolved',
    ),
    description_zh: '天津力神电池动力电池产能扩至百亿瓦时(10 GWh)级的扩产项目。',
    description_en: 'Tianjin Lishen’s expansion of power-battery capacity by 10 GWh (百亿瓦时).',
  },
  {
    ...BASE,
    id: 'huanou-solar-wafer-slicing',
    chain_links: ['chain-new-energy/pv-wafers', 'solar-pv/ingots-wafers'],
    name_zh: '环欧半导体高效太阳能电池用切片',
    name_en: 'Huanou Semiconductor wafer slicing for high-efficiency solar cells',
    kind: 'project',
    sectors: ['new-energy', 'solar-pv'],
    citations: ['mfg21-2.2.p2'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120111',
      'assumed at the 中环/环欧 base in 华苑产业区(环外) (company address as published in TCL Zhonghuan filings; not re-verified in the stored sources), which lies in the Xiqing polygon; the project site itself is not documented',
    ),
    description_zh:
      '环欧半导体高效太阳能电池用硅片切片项目;可能与“环欧半导体智能化切片”为同一项目。',
    description_en:
      'Huanou’s slicing of wafers for high-efficiency solar cells; possibly the same project as its intelligent wafer slicing.',
  },
  {
    ...BASE,
    id: 'yingli-tianjin-high-efficiency-module-line',
    chain_links: ['chain-new-energy/pv-modules', 'solar-pv/modules'],
    name_zh: '英利高效组件智能制造产业线',
    name_en: 'Yingli high-efficiency module smart manufacturing line',
    kind: 'project',
    sectors: ['new-energy', 'solar-pv'],
    citations: ['mfg21-2.2.p2'],
    ...inDistrict(
      '120117',
      'the first phase of 英利 5GW 天津高效组件智能制造项目 went into production on 1 Sep 2021 with Ninghe District leaders, followed by talks at the 宁河区现代产业园区 (21-sun.com, Sep 2021)',
    ),
    description_zh: '天津英利5GW高效组件智能制造项目,一期于2021年9月投产。',
    description_en:
      'Tianjin Yingli 5 GW high-efficiency module line; phase 1 started production in Sep 2021.',
  },
  // 二、(二) 新材料产业
  {
    ...BASE,
    id: 'zhongwang-tianjin-high-precision-aluminium',
    chain_links: ['chain-new-materials/metal-materials'],
    name_zh: '忠旺高精铝材',
    name_en: 'Zhongwang Tianjin high-precision aluminium',
    kind: 'project',
    sectors: ['new-materials'],
    citations: ['mfg21-2.2.p3'],
    status: 'under-construction',
    ...inDistrict(
      '120114',
      '天津忠旺铝业基地 broke ground in the 武清区汽车零部件产业园 (中国有色网, Mar 2012); its 高精铝压延材 lines are the Tianjin project (cnmn.com.cn, Nov 2014)',
    ),
    description_zh: '中国忠旺天津高精铝压延材(铝板带箔)基地。',
    description_en: 'China Zhongwang’s Tianjin high-precision rolled aluminium base.',
  },
  {
    ...BASE,
    id: 'sabic-sinopec-tianjin-polycarbonate',
    chain_links: ['chain-new-materials/chemical-materials'],
    name_zh: '中沙26万吨/年聚碳酸酯',
    name_en: 'SABIC–Sinopec Tianjin 260 kt/a polycarbonate',
    kind: 'project',
    sectors: ['new-materials', 'petrochemical'],
    citations: ['mfg21-2.2.p3'],
    status: 'under-construction',
    park_id: 'nangang-industrial-zone',
    capacity: { value: 26, unit: '10k_t_per_year', quote: '26万吨/年' },
    ...inDistrict(
      '120116',
      '中沙(天津)石化 26万吨/年 PC project is in the 南港工业区 中沙新材料园 (sdchem.com.cn, May 2021; teda.gov.cn, commercial operation 31 Aug 2022)',
    ),
    description_zh: '中石化与沙特基础工业公司合资的26万吨/年非光气法聚碳酸酯项目。',
    description_en: 'Sinopec–SABIC joint 260 kt/a non-phosgene polycarbonate plant.',
  },
  {
    ...BASE,
    id: 'sinopec-tianjin-biodegradable-plastics',
    chain_links: ['chain-new-materials/bio-degradable-materials'],
    name_zh: '中石化可降解塑料研发制造',
    name_en: 'Sinopec biodegradable plastics R&D and manufacturing',
    kind: 'project',
    sectors: ['new-materials'],
    citations: ['mfg21-2.2.p3'],
    ...inDistrict(
      '120116',
      'inferred: the plan names no site; Sinopec’s Tianjin production (天津石化 in 大港, 南港 new-materials cluster) is all in Binhai New Area (mf9dcd mirror of 中国石油和化工, Jun 2021)',
    ),
    description_zh: '中国石化在津可降解塑料研发与制造;规划未指明地点。',
    description_en: 'Sinopec biodegradable-plastics R&D and production in Tianjin; no site named.',
  },
  // 二、(三) 装备制造业
  {
    ...BASE,
    id: 'masterwork-smart-green-equipment-base',
    chain_links: ['chain-high-end-equipment/special-equipment'],
    name_zh: '长荣控股新型智能绿色装备制造产业示范基地',
    name_en: 'Masterwork (Changrong) smart green equipment manufacturing demonstration base',
    kind: 'project',
    sectors: ['equipment'],
    citations: ['mfg21-2.3.p1'],
    status: 'under-construction',
    ...inDistrict(
      '120113',
      '天津长荣科技集团 (长荣控股) is a Beichen District enterprise (Xinhua, May 2023); the base’s own site is not documented',
    ),
    description_zh: '长荣集团印刷包装智能绿色装备制造产业示范基地。',
    description_en: 'Masterwork Group’s smart green printing-and-packaging equipment base.',
  },
  {
    ...BASE,
    id: 'baili-smart-servo-press',
    chain_links: ['chain-high-end-equipment/special-equipment'],
    name_zh: '百利集团智能伺服压力机',
    name_en: 'Tianjin Bailey Group intelligent servo press project',
    kind: 'project',
    sectors: ['equipment'],
    citations: ['mfg21-2.3.p1'],
    status: 'under-construction',
    ...inDistrict(
      '120113',
      'inferred: the press maker of 百利集团 was 天锻 (天津市天锻压力机), which is in Beichen District (enorth, Feb 2023); the project site is not documented',
    ),
    description_zh: '天津百利机械装备集团智能伺服压力机项目(承担单位推定为天锻压力机)。',
    description_en:
      'Intelligent servo press project of Tianjin Bailey Group (presumably its press maker Tianduan).',
  },
  // 二、(三) 汽车产业
  {
    ...BASE,
    id: 'faw-toyota-tianjin-nev-plant',
    chain_links: ['chain-auto-nev/vehicles', 'nev/passenger-vehicles'],
    name_zh: '一汽丰田新能源汽车',
    name_en: 'FAW Toyota new-energy vehicle plant',
    kind: 'project',
    sectors: ['automotive', 'nev'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    district_code: '120116',
    ...nearReference(
      'sino-singapore-eco-city',
      'the FAW Toyota NEV project started in the Sino-Singapore Tianjin Eco-City, Binhai New Area (People’s Daily via crntt, Jul 2020; Xinhua, Feb 2023)',
    ),
    description_zh: '一汽丰田中新天津生态城新能源汽车工厂,规划产能20万辆。',
    description_en:
      'FAW Toyota NEV plant in the Sino-Singapore Eco-City, planned at 200,000 vehicles a year.',
  },
  {
    ...BASE,
    id: 'faw-vw-tianjin-nev',
    chain_links: ['chain-auto-nev/vehicles', 'nev/passenger-vehicles'],
    name_zh: '一汽大众新能源汽车',
    name_en: 'FAW-Volkswagen Tianjin new-energy vehicles',
    kind: 'project',
    sectors: ['automotive', 'nev'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    park_id: 'teda',
    ...inDistrict(
      '120116',
      `the 一汽大众华北基地 (Tianjin plant) was announced by TEDA (天津开发区) in 2016 and lies in Binhai New Area (enorth via baogaosu, May 2016); ${BINHAI_TEDA}`,
    ),
    description_zh: '一汽-大众天津(华北)基地新能源车型项目。',
    description_en: 'New-energy models at FAW-Volkswagen’s Tianjin (North China) plant.',
  },
  {
    ...BASE,
    id: 'evergrande-nev-tianjin',
    chain_links: ['chain-auto-nev/vehicles', 'nev/passenger-vehicles'],
    name_zh: '恒大新能源汽车',
    name_en: 'Evergrande NEV Tianjin base',
    kind: 'project',
    sectors: ['automotive', 'nev'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120116',
      'Evergrande’s Tianjin base is the former 国能 (NEVS) plant in the 滨海高新区 滨海科技园 (autohome via bjhplwc, Apr 2019); its 2021 partner meeting was held there with Binhai New Area leaders (ofweek, Oct 2021)',
    ),
    description_zh: '恒大汽车天津生产基地(原国能新能源汽车工厂),恒驰5在此下线。',
    description_en:
      'Evergrande Auto’s Tianjin plant (the former NEVS/国能 factory), where the Hengchi 5 was built.',
  },
  {
    ...BASE,
    id: 'faw-toyota-tnga-15l-engine',
    chain_links: ['chain-auto-nev/engines'],
    name_zh: '一汽丰田新全球架构(TNGA)1.5L发动机',
    name_en: 'FAW Toyota TNGA 1.5 L engine',
    kind: 'project',
    sectors: ['automotive'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    park_id: 'teda',
    ...inDistrict(
      '120116',
      `天津一汽丰田发动机 (TFTE) opened its second plant with TEDA officials (Toyota release, Apr 2007) and builds TNGA engines (Nov 2024); ${BINHAI_TEDA}. The 1.5 L line’s own site is not documented`,
    ),
    description_zh: '天津一汽丰田发动机公司TNGA架构1.5L发动机项目。',
    description_en: 'TNGA 1.5 L engine line of Tianjin FAW Toyota Engine.',
  },
  {
    ...BASE,
    id: 'xiqing-connected-vehicle-phase1-platform',
    chain_links: ['chain-connected-vehicles/smart-infrastructure'],
    name_zh: '天津(西青)国家级车联网先导区一期智能基础设施应用平台',
    name_en: 'Xiqing national connected-vehicle pilot zone, phase-1 smart infrastructure platform',
    kind: 'project',
    sectors: ['automotive'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    park_id: 'xiqing-connected-vehicle-pilot-zone',
    ...inDistrict('120111', 'the plan names the pilot zone 天津(西青), i.e. Xiqing District'),
    description_zh: '西青国家级车联网先导区一期路侧智能基础设施与应用平台。',
    description_en:
      'Phase-1 roadside smart infrastructure and application platform of the Xiqing pilot zone.',
  },
  {
    ...BASE,
    id: 'tianjin-port-autonomous-electric-trucks',
    chain_links: ['chain-connected-vehicles/autonomous-applications'],
    name_zh: '天津港无人驾驶电动集卡应用',
    name_en: 'Tianjin Port autonomous electric container trucks',
    kind: 'project',
    sectors: ['automotive'],
    citations: ['mfg21-2.3.p2'],
    status: 'under-construction',
    ...inDistrict(
      '120116',
      'deployed at the 天津港北疆港区C段智能化集装箱码头 (China Daily Tianjin, Aug 2022), in Binhai New Area; the C-section terminal’s own coordinates were not found',
    ),
    description_zh: '天津港北疆港区C段智能化码头无人驾驶电动集卡(智能水平运输机器人)规模化应用。',
    description_en:
      'Autonomous electric container trucks (ART) at Tianjin Port’s Beijiang C-section smart terminal.',
  },
  // 二、(三) 石油化工产业
  {
    ...BASE,
    id: 'sinopec-nangang-ethylene',
    chain_links: ['chain-green-petrochem/olefins'],
    name_zh: '中石化120万吨/年乙烯',
    name_en: 'Sinopec Nangang 1.2 Mt/a ethylene',
    kind: 'project',
    sectors: ['petrochemical'],
    citations: ['mfg21-2.3.p3'],
    park_id: 'nangang-industrial-zone',
    capacity: { value: 120, unit: '10k_t_per_year', quote: '120万吨/年' },
    ...inDistrict(
      '120116',
      '天津石化南港120万吨/年乙烯 heads Sinopec’s 南港 high-end new-materials cluster in the 南港工业区 (中国石油和化工, Jun 2021; zjpia, Jun 2022)',
    ),
    description_zh: '天津石化南港120万吨/年乙烯及下游高端新材料项目集群的龙头装置。',
    description_en:
      'Sinopec Tianjin’s 1.2 Mt/a Nangang ethylene cracker, head of its new-materials cluster.',
  },
  {
    ...BASE,
    id: 'bohai-chemical-two-plants-relocation',
    chain_links: ['chain-green-petrochem/olefins', 'chain-green-petrochem/eo-po'],
    name_zh: '“两化”搬迁改造',
    name_en: 'Bohai Chemical “two plants” relocation and upgrade (Nangang base)',
    kind: 'project',
    sectors: ['petrochemical'],
    citations: ['mfg21-2.3.p3'],
    park_id: 'nangang-industrial-zone',
    ...inDistrict(
      '120116',
      '渤化南港基地 (relocation of 天津化工厂 and 天津大沽化工厂) lies in the 南港工业区, south of the 西港池 and east of 南港六街 (y.tt, May 2019)',
    ),
    description_zh: '天津渤化集团天津化工厂、大沽化工厂搬迁至南港工业区的改造项目。',
    description_en:
      'Relocation of Bohai Chemical’s Tianjin Chemical Plant and Dagu Chemical Plant to Nangang.',
  },
  {
    ...BASE,
    id: 'ppg-global-coatings-rnd-center',
    chain_links: ['chain-green-petrochem/fine-chemicals'],
    name_zh: 'PPG全球研发中心',
    name_en: 'PPG global coatings R&D centre',
    kind: 'project',
    sectors: ['petrochemical'],
    citations: ['mfg21-2.3.p3'],
    park_id: 'teda',
    district_code: '120116',
    ...nearReference(
      'teda-soccer-stadium',
      `the PPG 全球涂料创新中心-TEDA项目 is at 天津经济技术开发区第七大街与北海路交口 (srglobaltrade, 2022; opened Sep 2023), on the numbered-avenue (大街) grid of TEDA’s East Area; ${BINHAI_TEDA}`,
    ),
    description_zh: 'PPG在美国以外唯一的全球级涂料研发中心。',
    description_en: 'PPG’s only global-level coatings R&D centre outside the USA.',
  },
  // 二、(三) 航空航天产业
  {
    ...BASE,
    id: 'airbus-tianjin-second-fal',
    chain_links: ['chain-aerospace/final-assembly'],
    name_zh: '空客新总装线',
    name_en: 'Airbus Tianjin second A320-family final assembly line',
    kind: 'project',
    sectors: ['aerospace'],
    citations: ['mfg21-2.3.p4'],
    status: 'under-construction',
    ...airbusCampus,
    description_zh: '空客天津A320系列飞机第二条总装线,依托现有空客天津总装公司建设。',
    description_en:
      'Second A320-family final assembly line, built beside the existing Tianjin FAL.',
  },
  {
    ...BASE,
    id: 'airbus-tianjin-a350-delivery-centre',
    chain_links: ['chain-aerospace/delivery-centre'],
    name_zh: '空客A350交付中心',
    name_en: 'Airbus Tianjin A350 completion and delivery centre',
    kind: 'project',
    sectors: ['aerospace'],
    citations: ['mfg21-2.3.p4'],
    ...airbusCampus,
    description_zh: '空客天津宽体机完成和交付中心A350项目,2021年7月首架交付。',
    description_en:
      'A350 line of the Airbus Tianjin widebody completion and delivery centre; first delivery Jul 2021.',
  },
  {
    ...BASE,
    id: 'boeing-tianjin-composites-parts',
    chain_links: ['chain-aerospace/aero-components'],
    name_zh: '波音材料公司航空零部件',
    name_en: 'Boeing Tianjin Composites aircraft parts project',
    kind: 'project',
    sectors: ['aerospace'],
    citations: ['mfg21-2.3.p4'],
    park_id: 'binhai-hi-tech-zone',
    ...inDistrict(
      '120116',
      'the 天津波音复合材料 phase-3 plant is in 滨海高新区塘沽海洋高新技术开发区 (shbiz, May 2023); the company is in Binhai New Area (China Daily, Nov 2008)',
    ),
    description_zh: '天津波音复合材料有限责任公司航空复合材料零部件扩产(三期)项目。',
    description_en: 'Boeing Tianjin Composites’ composite aircraft parts expansion (phase 3).',
  },
  {
    ...BASE,
    id: 'avic-xac-tianjin-fuselage-assembly',
    chain_links: ['chain-aerospace/aero-components'],
    name_zh: '西飞机身装配',
    name_en: 'AVIC XAC Tianjin A320 fuselage section assembly',
    kind: 'project',
    sectors: ['aerospace'],
    citations: ['mfg21-2.3.p4'],
    ...airbusCampus,
    description_zh: '西飞国际航空制造(天津)A320机身段系统总装项目,产品交付空客天津。',
    description_en:
      'A320 fuselage-section systems assembly by XAC Tianjin, delivered to the Airbus Tianjin FAL.',
  },
  // 二、(四) 现代冶金产业
  {
    ...BASE,
    id: 'tianjin-golden-bridge-welding-materials',
    name_zh: '金桥焊材',
    name_en: 'Tianjin Golden Bridge Welding Materials Group',
    kind: 'company',
    sectors: ['metallurgy'],
    citations: ['mfg21-2.4.p1'],
    status: 'operating',
    ...inDistrict(
      '120116',
      'the group was founded in 1986 on tidal flats beside the Tianjin Development Zone (TEDA) (eowelding.com, Feb 2018); its present plant sites were not confirmed',
    ),
    description_zh: '天津市金桥焊材集团,焊接材料龙头企业;规划依托其发展高端焊接产业基地。',
    description_en:
      'Tianjin Golden Bridge Welding Materials Group, a leading welding-consumables maker.',
  },
  // 二、(四) 现代轻纺产业
  {
    ...BASE,
    id: 'fujida-bicycle-project',
    name_zh: '富士达自行车制造项目',
    name_en: 'Fujida bicycle manufacturing project',
    kind: 'project',
    sectors: ['light-textile'],
    citations: ['mfg21-2.4.p2'],
    status: 'under-construction',
    ...inDistrict(
      '120118',
      '富士达 is among the complete-bicycle makers of the 子牙经济技术开发区高新产业园, Jinghai District (天津日报 via people.cn, Dec 2023)',
    ),
    description_zh: '富士达自行车制造项目(静海子牙高新产业园)。',
    description_en:
      'Fujida bicycle manufacturing project (Ziya high-tech industrial park, Jinghai).',
  },
  // 三、(一) 创新载体
]

/**
 * The plan's own wording for each site: the test checks that this term appears in every clause
 * the site cites (after removing whitespace), so a wrong clause id fails.
 */
export const MFG21_PLAN_TERMS: Record<string, string> = {
  'sugon-advanced-computing-innovation-center': '曙光国家先进计算产业创新中心',
  'nscc-tianjin-next-generation-supercomputer': '新一代超级计算机',
  'smic-tianjin-fab-expansion': '中芯国际集成电路生产线扩产',
  'phytium-chip-rnd-hq': '飞腾芯片研发总部',
  'hwatsing-capacity-expansion': '华海清科扩能',
  'linxens-china-new-factory': '立联信中国新工厂',
  'huanou-smart-wafer-slicing': '环欧半导体智能化切片',
  'wuxi-apptec-north-base-phase2': '药明康德北方基地二期',
  'tsumura-shengshi-classic-formula-base': '津村盛实制药高品质中药经典名方制剂生产基地',
  'cell-engineering-innovation-center': '细胞工程创新中心',
  'tianjin-international-joint-academy-of-biomedicine-phase2': '国际生物医药联合研究院二期',
  'lishen-10gwh-expansion': '力神百亿瓦时动力电池扩产',
  'huanou-solar-wafer-slicing': '环欧半导体高效太阳能电池用切片',
  'yingli-tianjin-high-efficiency-module-line': '英利高效组件智能制造产业线',
  'zhongwang-tianjin-high-precision-aluminium': '忠旺高精铝材',
  'sabic-sinopec-tianjin-polycarbonate': '中沙26万吨/年聚碳酸酯',
  'sinopec-tianjin-biodegradable-plastics': '中石化可降解塑料研发制造',
  'masterwork-smart-green-equipment-base': '长荣控股新型智能绿色装备制造产业示范基地',
  'baili-smart-servo-press': '百利集团智能伺服压力机',
  'faw-toyota-tianjin-nev-plant': '一汽丰田新能源汽车',
  'faw-vw-tianjin-nev': '一汽大众新能源汽车',
  'evergrande-nev-tianjin': '恒大新能源汽车',
  'faw-toyota-tnga-15l-engine': '1.5L发动机',
  'xiqing-connected-vehicle-phase1-platform': '车联网先导区一期智能基础设施应用平台',
  'tianjin-port-autonomous-electric-trucks': '天津港无人驾驶电动集卡应用',
  'sinopec-nangang-ethylene': '中石化120万吨/年乙烯',
  'bohai-chemical-two-plants-relocation': '“两化”搬迁改造',
  'ppg-global-coatings-rnd-center': 'PPG全球研发中心',
  'airbus-tianjin-second-fal': '空客新总装线',
  'airbus-tianjin-a350-delivery-centre': '空客A350交付中心',
  'boeing-tianjin-composites-parts': '波音材料公司航空零部件',
  'avic-xac-tianjin-fuselage-assembly': '西飞机身装配',
  'tianjin-golden-bridge-welding-materials': '金桥焊材',
  'fujida-bicycle-project': '富士达等自行车制造项目',
}
