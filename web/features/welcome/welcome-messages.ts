import { defineMessages } from '../../lib/i18n/define-messages.ts'

/** Strings of the first-visit welcome and the Help button that brings it back. */
export const WELCOME_MESSAGES = defineMessages({
  en: {
    'welcome.title': 'A map of two industrial plans',
    'welcome.what':
      'Parks and project sites that Tianjin’s 2018 new-energy and 2021 manufacturing plans name, coloured by sector. Click any of them for the plan’s own words.',
    'welcome.how':
      'Search for a place, sector or chain, or type coordinates. Layers filters by sector; Analyse finds what lies near a place and which supply-chain links are missing.',
    'welcome.honest':
      'Most firms are known only by their district: their dots are hollow and sit on the district’s point, so distances to them are indicative.',
    'welcome.groups':
      '“1+3+4” is the 2021 plan’s industrial system: 1 leading industry (intelligent technology), 3 emerging and 4 advantage industries.',
    'welcome.dismiss': 'Got it',
    'welcome.help': 'About this map',
    'welcome.close': 'Close the introduction',
  },
  zh: {
    'welcome.title': '两部产业计划的地图',
    'welcome.what':
      '天津 2018 年新能源和 2021 年制造业行动计划中点名的园区与项目点，按产业着色。点击任一地点即可查看计划原文。',
    'welcome.how':
      '可搜索地点、产业、产业链或输入坐标。“图层”按产业筛选；“分析”查看某地周边有什么、产业链缺哪些环节。',
    'welcome.honest':
      '多数企业只知道所在区：其圆点为空心，位于该区的代表点，因此到它们的距离仅供参考。',
    'welcome.groups':
      '“1+3+4”是 2021 年计划的产业体系：1 个引领产业（智能科技）、3 个新兴产业和 4 个优势产业。',
    'welcome.dismiss': '知道了',
    'welcome.help': '关于本地图',
    'welcome.close': '关闭介绍',
  },
})
