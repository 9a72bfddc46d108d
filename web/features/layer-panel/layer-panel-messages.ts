import { defineMessages } from '../../lib/i18n/define-messages.ts'

/** Strings of the layer panel beyond the shared ones (sector tree, plan groups explained). */
export const LAYER_PANEL_MESSAGES = defineMessages({
  en: {
    'layers.ownSites': '{name}, other',
    'layers.tiledNote':
      'With this many sites the map leaves out switched-off sectors, but not the status, plan and district filters: they change the counts here, not the map.',
    'layers.groupsExplained':
      '“1+3+4” is the 2021 plan’s industrial system: 1 leading industry, 3 emerging industries and 4 advantage industries, grouped below.',
  },
  zh: {
    'layers.ownSites': '{name}（其他）',
    'layers.tiledNote':
      '场所数量很大：地图会隐藏已关闭的产业，但状态、计划和区的筛选只改变这里的计数，不改变地图。',
    'layers.groupsExplained':
      '“1+3+4”是 2021 年计划的产业体系：1 个引领产业、3 个新兴产业和 4 个优势产业，分组见下。',
  },
})
