import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import '../../lib/ui/float-button.css'
import './app-header.css'
import { LangToggle } from './lang-toggle.tsx'

/** Title, search, extra actions (e.g. Embed) and language switch across the top of the map. */
export function AppHeader(props: { search: ReactNode; actions?: ReactNode }) {
  const { t } = useI18n()
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div className="brand-text">
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
      </div>
      <div className="app-header-search">{props.search}</div>
      {props.actions}
      <LangToggle className="float-button" />
    </header>
  )
}
