import type { Target } from '../../../api/domain/index.ts'
import { useI18n } from '../i18n/use-i18n.ts'
import { formatInvestment } from './format.ts'
import './target-value.css'

/**
 * A target's value as the plan states it: "820 亿元" / "82 billion CNY", "8%", "2"; with its
 * comparator (≥) and year.
 */
export function TargetValue({ target }: { target: Target }) {
  const { t, lang } = useI18n()
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 2,
  })
  const value =
    target.unit === 'cny_100m'
      ? formatInvestment(target.value, lang, t)
      : target.unit === 'percent'
        ? `${number.format(target.value)}%`
        : target.unit === 'count_10k'
          ? lang === 'zh'
            ? `${number.format(target.value)}万`
            : number.format(target.value * 10_000)
          : number.format(target.value)
  return (
    <span className="target-value">
      <strong>
        {target.comparator === '>=' ? '≥ ' : target.comparator === '<=' ? '≤ ' : ''}
        {value}
      </strong>
      <span className="target-year">{t('target.byYear', { year: target.year })}</span>
    </span>
  )
}
