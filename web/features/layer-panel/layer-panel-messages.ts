import { defineMessages } from '../../lib/i18n/define-messages.ts'

/** Strings of the layer panel beyond the shared ones (sector tree, plan groups explained). */
export const LAYER_PANEL_MESSAGES = defineMessages({
  en: {
    'layers.ownSites': '{name}, other',
    'layers.groupsExplained':
      '“1+3+4” is the 2021 plan’s industrial system: 1 leading industry, 3 emerging industries and 4 advantage industries, grouped below.',
  },
  zh: {
    'layers.ownSites': '{name}（其他）',
    'layers.groupsExplained':
      '“1+3+4”是 2021 年计划的产业体系：1 个引领产业、3 个新兴产业和 4 个优势产业，分组见下。',
  },
})
