import { useI18n } from '../lib/i18n/use-i18n.ts'
import type { HoverTip as Tip } from './use-hover-tip.ts'

/** A small name label following the mouse over sites, clusters, parks and infrastructure. */
export function HoverTip({ tip }: { tip: Tip | null }) {
  const { t, name } = useI18n()
  if (!tip) return null
  const named = tip.name_zh && tip.name_en ? { name_zh: tip.name_zh, name_en: tip.name_en } : null
  const text =
    tip.districtCount !== undefined && named
      ? t('hover.districtLevel', { count: tip.districtCount, district: name(named) })
      : tip.count !== undefined
        ? t('hover.cluster', { count: tip.count })
        : tip.name_zh && tip.name_en
          ? name({ name_zh: tip.name_zh, name_en: tip.name_en })
          : null
  if (!text) return null
  return (
    <div
      className="hover-tip"
      style={{ transform: `translate(${tip.x + 14}px, ${tip.y + 14}px)` }}
      aria-hidden="true"
    >
      {text}
    </div>
  )
}
