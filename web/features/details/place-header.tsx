import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** Name in the UI language, the other language beneath, and badges. */
export function PlaceHeader(props: {
  record: { name_zh: string; name_en: string }
  badges: ReactNode
}) {
  const { name, altName, lang } = useI18n()
  return (
    <div className="place-header">
      <div className="badges">{props.badges}</div>
      <h2 data-testid="details-name">{name(props.record)}</h2>
      <p className="alt-name" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
        {altName(props.record)}
      </p>
    </div>
  )
}
