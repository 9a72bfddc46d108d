import { useMemo } from 'react'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** Strings of the guided tours. */
const en = {
  'tour.open': 'Tours',
  'tour.openLabel': 'Guided tours of the plans',
  'tour.menu': 'Choose a guided tour',
  'tour.stops': '{count} stops',
  'tour.label': 'Guided tour',
  'tour.close': 'End the tour',
  'tour.next': 'Next',
  'tour.nextLabel': 'Next stop',
  'tour.prev': 'Previous',
  'tour.prevLabel': 'Previous stop',
  'tour.progress': 'Stop {n} of {total}',
  'tour.present': 'Present',
  'tour.presentLabel': 'Presentation mode: large type, map only',
  'tour.exitPresent': 'Exit presentation',
  'tour.fullscreen': 'Full screen',
  'tour.keys': '→ / Space next · ← previous · Esc exit',
  'tour.target': 'Plan target',
  'tour.noTarget': 'The plan sets no separate figure for this chain.',
  'tour.original': 'Plan text (Chinese original)',
  'tour.tier.strong': 'Strong chain',
  'tour.tier.new': 'New chain',
  'tour.tier.short': 'Short chain',
  'tour.tier.field': 'New-energy field',
  'tour.field': 'New-energy field',
} as const

export type TourKey = keyof typeof en

const zh: Record<TourKey, string> = {
  'tour.open': '导览',
  'tour.openLabel': '规划主题导览',
  'tour.menu': '选择导览',
  'tour.stops': '{count} 站',
  'tour.label': '主题导览',
  'tour.close': '结束导览',
  'tour.next': '下一站',
  'tour.nextLabel': '下一站',
  'tour.prev': '上一站',
  'tour.prevLabel': '上一站',
  'tour.progress': '第 {n} 站，共 {total} 站',
  'tour.present': '演示',
  'tour.presentLabel': '演示模式：大字号，仅显示地图',
  'tour.exitPresent': '退出演示',
  'tour.fullscreen': '全屏',
  'tour.keys': '→ / 空格 下一站 · ← 上一站 · Esc 退出',
  'tour.target': '规划目标',
  'tour.noTarget': '规划未为该产业链单列数值目标。',
  'tour.original': '规划原文',
  'tour.tier.strong': '强链',
  'tour.tier.new': '新链',
  'tour.tier.short': '短链',
  'tour.tier.field': '新能源领域',
  'tour.field': '新能源领域',
}

const DICTIONARIES = { en, zh } as const

export type TourTranslate = (key: TourKey, vars?: Record<string, string | number>) => string

export function tourTranslate(lang: Lang): TourTranslate {
  const dictionary: Record<TourKey, string> = DICTIONARIES[lang]
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      vars && name in vars ? String(vars[name]) : match,
    )
}

/** The app's i18n plus the tours' strings (`tt`). */
export function useTourI18n() {
  const i18n = useI18n()
  return useMemo(() => ({ ...i18n, tt: tourTranslate(i18n.lang) }), [i18n])
}
