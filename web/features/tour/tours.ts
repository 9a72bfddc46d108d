/** A place a tour stop flies to: a park (its outline is framed) or a site (its point). */
export interface TourPlace {
  kind: 'park' | 'site'
  id: string
}

/** One stop of a guided tour: where to fly and what the plan says about it. */
export interface TourStop {
  /** Sector (2018 field) or chain (2021) the stop stands for: its name is the stop's title. */
  subject: { kind: 'sector' | 'chain'; id: string }
  place: TourPlace
  /** Clause quoted in the caption (`seeds/extracted/clauses.json`). */
  clauseId: string
  /** Exact substring of the clause's normalised text (a unit test checks it). */
  quoteZh: string
  /** Caption in both languages: what the stop shows and why this place. */
  captionZh: string
  captionEn: string
  /** Quantitative target named on the stop (`seeds/extracted/targets.json`), if the plan gives one. */
  targetId?: string
}

export interface Tour {
  id: string
  titleZh: string
  titleEn: string
  /** The plan clause the tour follows (its overview). */
  clauseId: string
  stops: readonly TourStop[]
}

/** The five new-energy fields of the 2018 plan, one stop per field (三、(四) 1.–4.). */
const NE18_FIELDS: Tour = {
  id: 'ne18-fields',
  titleZh: '2018年新能源五大领域',
  titleEn: 'The five new-energy fields of the 2018 plan',
  clauseId: 'ne18-1.3',
  stops: [
    {
      subject: { kind: 'sector', id: 'nev' },
      place: { kind: 'park', id: 'binhai-hi-tech-zone' },
      clauseId: 'ne18-3.4.1',
      quoteZh: '在滨海高新区建设新能源乘用车、商用车生产基地',
      captionZh: '滨海高新区：新能源乘用车、商用车生产基地与新能源汽车产业集群。',
      captionEn:
        'Binhai Hi-tech Zone: the base for new-energy passenger and commercial vehicles, and the NEV cluster.',
      targetId: 'ne18-output-nev-li-battery-2020',
    },
    {
      subject: { kind: 'sector', id: 'li-battery' },
      place: { kind: 'park', id: 'baodi-li-battery-base' },
      clauseId: 'ne18-3.4.2',
      quoteZh: '建设静海区、宝坻区锂离子电池产业基地',
      captionZh: '宝坻区锂离子电池产业基地：正负极材料、隔膜与电芯企业聚集。',
      captionEn:
        'Baodi lithium-ion battery base: cathode, anode, separator and cell makers gather here.',
      targetId: 'ne18-output-nev-li-battery-2020',
    },
    {
      subject: { kind: 'sector', id: 'wind' },
      place: { kind: 'park', id: 'binhai-wind-power-base' },
      clauseId: 'ne18-3.4.3',
      quoteZh: '构建起以整机为龙头、零部件配套及相关服务为支撑的完备的产业体系',
      captionZh: '滨海新区国家风力发电高新技术产业化基地：以整机为龙头的风电产业体系。',
      captionEn:
        'The national wind-power high-tech industrialisation base in Binhai New Area: a complete industry led by turbine makers.',
      targetId: 'ne18-output-wind-solar-pv-2020',
    },
    {
      subject: { kind: 'sector', id: 'solar-pv' },
      place: { kind: 'park', id: 'beichen-pv-demo-park' },
      clauseId: 'ne18-3.4.3',
      quoteZh: '打造北辰区光伏产业示范园区',
      captionZh: '北辰区光伏产业示范园区：面向全球知名光伏企业专题招商。',
      captionEn:
        'The Beichen PV demonstration park: targeted promotion to leading global PV makers.',
      targetId: 'ne18-output-wind-solar-pv-2020',
    },
    {
      subject: { kind: 'sector', id: 'hydrogen' },
      place: { kind: 'park', id: 'binhai-hydrogen-vehicle-park' },
      clauseId: 'ne18-3.4.4',
      quoteZh: '打造滨海新区氢燃料新能源汽车产业园',
      captionZh: '滨海新区氢燃料新能源汽车产业园：制—储—运氢、燃料电池与整车。',
      captionEn:
        'The Binhai hydrogen fuel-cell vehicle park: hydrogen production, storage and transport, fuel cells and vehicles.',
      targetId: 'ne18-output-hydrogen-2020',
    },
  ],
}

/** The ten key chains of the 2021 plan (三、(二)): 5 strong, 2 new, 3 short. */
const MFG21_CHAINS: Tour = {
  id: 'mfg21-chains',
  titleZh: '2021年十条重点产业链',
  titleEn: 'The ten key industrial chains of the 2021 plan',
  clauseId: 'mfg21-3.2.p1',
  stops: [
    {
      subject: { kind: 'chain', id: 'chain-it-innovation' },
      place: { kind: 'site', id: 'phytium-chip-rnd-hq' },
      clauseId: 'mfg21-2.1.p3',
      quoteZh: '构建完整的信息技术应用创新产业终端设备产品体系',
      captionZh: '飞腾芯片研发总部（滨海高新区）：CPU设计是信创产业链的核心环节。',
      captionEn:
        'Phytium chip R&D headquarters (Binhai Hi-tech Zone): CPU design is the core link of the Xinchuang chain.',
      targetId: 'mfg21-it-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-biomedicine' },
      place: { kind: 'park', id: 'beichen-medical-valley' },
      clauseId: 'mfg21-2.2.p1',
      quoteZh: '高标准规划建设北辰京津医药谷',
      captionZh: '北辰京津医药谷：高标准规划建设的生物医药载体。',
      captionEn: 'Beichen Jing-Jin Medical Valley: the biomedicine hub planned to a high standard.',
      targetId: 'mfg21-biomedicine-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-new-energy' },
      place: { kind: 'site', id: 'lishen-10gwh-expansion' },
      clauseId: 'mfg21-2.2.p2',
      quoteZh: '打造国内一流的动力电池产业集群',
      captionZh: '力神百亿瓦时动力电池扩产：打造国内一流的动力电池产业集群。',
      captionEn:
        "Lishen's 10 GWh power-battery expansion: building a first-class power-battery cluster.",
      targetId: 'mfg21-new-energy-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-high-end-equipment' },
      place: { kind: 'park', id: 'lingang-economic-zone' },
      clauseId: 'mfg21-2.3.p1',
      quoteZh: '加快临港海洋装备核心区建设',
      captionZh: '临港海洋装备核心区：目标是成为国内海洋装备制造领航区。',
      captionEn:
        "The Lingang marine-equipment core area: meant to lead China's marine-equipment making.",
      targetId: 'mfg21-equipment-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-auto-nev' },
      place: { kind: 'site', id: 'faw-toyota-tianjin-nev-plant' },
      clauseId: 'mfg21-2.3.p2',
      quoteZh: '大力推进一汽丰田新能源汽车、一汽大众新能源汽车、恒大新能源汽车',
      captionZh: '一汽丰田新能源汽车项目：整车带动动力电池、驱动电机等本地配套。',
      captionEn:
        "FAW Toyota's NEV plant: vehicle makers drive local supply of batteries and drive motors.",
      targetId: 'mfg21-automotive-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-connected-vehicles' },
      place: { kind: 'park', id: 'xiqing-connected-vehicle-pilot-zone' },
      clauseId: 'mfg21-2.3.p2',
      quoteZh: '加快建设天津(西青)国家级车联网先导区一期智能基础设施应用平台',
      captionZh: '天津（西青）国家级车联网先导区：一期智能基础设施应用平台。',
      captionEn:
        'The Tianjin (Xiqing) national connected-vehicle pilot zone: its phase-1 smart-infrastructure platform.',
    },
    {
      subject: { kind: 'chain', id: 'chain-new-materials' },
      place: { kind: 'park', id: 'nangang-petrochem-new-materials-base' },
      clauseId: 'mfg21-2.2.p3',
      quoteZh: '加快建设南港世界一流化工新材料产业基地',
      captionZh: '南港世界一流化工新材料产业基地：聚碳酸酯等化工新材料。',
      captionEn:
        'The Nangang world-class chemical new-materials base: polycarbonate and other chemical materials.',
      targetId: 'mfg21-new-materials-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-integrated-circuits' },
      place: { kind: 'site', id: 'smic-tianjin-fab-expansion' },
      clauseId: 'mfg21-2.1.p3',
      quoteZh: '建成世界单体规模最大的8英寸集成电路生产基地',
      captionZh: '中芯国际天津扩产：建成世界单体规模最大的8英寸集成电路生产基地。',
      captionEn:
        "SMIC Tianjin expansion: the world's largest single 8-inch integrated-circuit production base.",
      targetId: 'mfg21-electronics-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-green-petrochem' },
      place: { kind: 'site', id: 'sinopec-nangang-ethylene' },
      clauseId: 'mfg21-2.3.p3',
      quoteZh: '推动中石化120万吨/年乙烯',
      captionZh: '中石化南港120万吨/年乙烯：从烯烃源头延伸到高端化工新材料。',
      captionEn:
        "Sinopec's 1.2 Mt/yr Nangang ethylene plant: from olefins to high-end chemical materials.",
      targetId: 'mfg21-petrochemical-scale-2023',
    },
    {
      subject: { kind: 'chain', id: 'chain-aerospace' },
      place: { kind: 'site', id: 'airbus-tianjin-second-fal' },
      clauseId: 'mfg21-2.3.p4',
      quoteZh: '重点推动空客新总装线项目建设',
      captionZh: '空客天津第二条总装线：扩大飞机产品品种和规模。',
      captionEn: "Airbus Tianjin's second final assembly line: more aircraft types and volume.",
      targetId: 'mfg21-aerospace-scale-2023',
    },
  ],
}

/** Every guided tour, in menu order. */
export const TOURS: readonly Tour[] = [NE18_FIELDS, MFG21_CHAINS]

/** A tour by id (undefined when unknown). */
export function findTour(id: string): Tour | undefined {
  return TOURS.find((tour) => tour.id === id)
}

/**
 * The stop number (1-based) within the tour's bounds.
 *
 * @example clampStop(findTour('ne18-fields')!, 9) // 5
 */
export function clampStop(tour: Tour, stop: number): number {
  return Math.min(tour.stops.length, Math.max(1, Math.round(stop)))
}
