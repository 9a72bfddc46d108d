import { useI18n } from '../../lib/i18n/use-i18n.ts'
import './attribution.css'

/** Data attribution, always visible (ODbL requires it next to the map). */
export function Attribution() {
  const { t } = useI18n()
  return (
    <footer className="attribution" data-testid="attribution">
      <span className="visually-hidden">{t('attribution.label')}: </span>
      <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">
        © OpenStreetMap contributors (ODbL)
      </a>
      {' · '}geoBoundaries{' · '}GSHHG{' · '}Natural Earth
    </footer>
  )
}
