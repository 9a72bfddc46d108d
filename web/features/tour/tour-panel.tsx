import { useEffect, useRef } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { TourCaption } from './tour-caption.tsx'
import { TOUR_MESSAGES } from './tour-messages.ts'
import { usePresentationChrome } from './use-presentation-chrome.ts'
import { useTour, useTourActions } from './use-tour.ts'
import { useTourFlight } from './use-tour-flight.ts'
import { useTourKeys } from './use-tour-keys.ts'
import './tour-panel.css'
import './tour-caption.css'
import './tour-presenting.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'

/**
 * The running tour (`tour=<id>&stop=<n>`): caption card over the map, stepping with buttons
 * or keys, flying to each stop; presentation mode (`present=1`) hides the chrome and
 * enlarges the type.
 */
export function TourPanel() {
  const { t, lang } = useI18n(TOUR_MESSAGES)
  const running = useTour()
  const actions = useTourActions()
  const stop = running ? running.tour.stops[running.stop - 1] : undefined
  const presenting = running?.presenting ?? false
  useTourFlight(stop?.place ?? null)
  usePresentationChrome(presenting)
  // Entering presentation moves focus onto the caption, so Space steps instead of re-pressing
  // the toggle.
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    if (presenting) panel.current?.focus()
  }, [presenting])
  useTourKeys(running !== null, {
    next: actions.next,
    previous: actions.previous,
    exit: presenting ? () => actions.setPresenting(false) : undefined,
  })
  if (!running || !stop) return null
  const { tour } = running
  const total = tour.stops.length
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={presenting ? 'tour-panel tour-panel--presenting' : 'tour-panel'}
      data-testid="tour-panel"
      data-tour-id={tour.id}
      data-stop={running.stop}
      data-presenting={presenting ? 'true' : 'false'}
      aria-label={t('tour.label')}
    >
      <header className="tour-head">
        <span className="tour-title">{lang === 'zh' ? tour.titleZh : tour.titleEn}</span>
        <span className="tour-progress">
          <span aria-hidden="true" data-testid="tour-progress">
            {running.stop} / {total}
          </span>
          <span className="visually-hidden">{t('tour.progress', { n: running.stop, total })}</span>
        </span>
        <button
          type="button"
          className="button tour-present"
          data-testid="presentation-toggle"
          aria-pressed={presenting}
          title={t('tour.presentLabel')}
          onClick={() => actions.setPresenting(!presenting)}
        >
          {presenting ? t('tour.exitPresent') : t('tour.present')}
        </button>
        <CloseButton label={t('tour.close')} onClick={actions.end} testId="tour-close" />
      </header>
      <TourCaption stop={stop} key={`${tour.id}-${running.stop}`} />
      <footer className="tour-foot">
        <button
          type="button"
          className="button"
          data-testid="tour-prev"
          aria-label={t('tour.prevLabel')}
          disabled={running.stop === 1}
          onClick={actions.previous}
        >
          ← {t('tour.prev')}
        </button>
        <ol className="tour-dots" aria-hidden="true">
          {tour.stops.map((s, i) => (
            <li
              key={`${s.subject.id}-${s.place.id}`}
              className={
                i + 1 === running.stop ? 'current' : i + 1 < running.stop ? 'done' : undefined
              }
            />
          ))}
        </ol>
        <span className="tour-keys">{t('tour.keys')}</span>
        <button
          type="button"
          className="button button--primary"
          data-testid="tour-next"
          aria-label={t('tour.nextLabel')}
          disabled={running.stop === total}
          onClick={actions.next}
        >
          {t('tour.next')} →
        </button>
      </footer>
    </section>
  )
}
