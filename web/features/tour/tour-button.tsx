import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { TOUR_MESSAGES } from './tour-messages.ts'
import { useTour, useTourActions } from './use-tour.ts'
import { useTours } from './use-tours.ts'
import '../../lib/ui/float-button.css'
import './tour-menu.css'

/** The header's "Tours" button: a menu of the guided tours; choosing one starts it. */
export function TourButton() {
  const { t, lang } = useI18n(TOUR_MESSAGES)
  const running = useTour()
  const tours = useTours()
  const { start } = useTourActions()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    window.addEventListener('pointerdown', onDown)
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('pointerdown', onDown)
      window.removeEventListener('keydown', onKey)
    }
  }, [open])
  return (
    <div className="tour-menu-root" ref={root}>
      <button
        type="button"
        className="float-button header-action"
        data-testid="tour-button"
        aria-expanded={open}
        aria-pressed={running !== null}
        title={t('tour.openLabel')}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8 5v14l11-7z" />
        </svg>
        <span className="header-action-text">{t('tour.open')}</span>
      </button>
      {open && (
        <ul className="tour-menu" aria-label={t('tour.menu')}>
          {tours.map((tour) => (
            <li key={tour.id}>
              <button
                type="button"
                data-testid={`tour-option-${tour.id}`}
                onClick={() => {
                  setOpen(false)
                  start(tour.id)
                }}
              >
                <span className="tour-menu-title">
                  {lang === 'zh' ? tour.title_zh : tour.title_en}
                </span>
                <span className="tour-menu-meta">
                  {t('tour.stops', { count: tour.stops.length })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
