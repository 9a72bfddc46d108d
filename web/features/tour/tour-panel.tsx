import { useEffect, useRef } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PresentControls } from './present-controls.tsx'
import { TourCaption } from './tour-caption.tsx'
import { TOUR_MESSAGES } from './tour-messages.ts'
import { useFullscreen } from './use-fullscreen.ts'
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
 * or keys, flying to each stop with the place kept clear of the card; presentation mode
 * (`present=1`) goes full screen, hides the chrome and enlarges the type. Leaving full
 * screen (Esc) leaves the presentation too.
 */
export function TourPanel() {
  const { t, lang } = useI18n(TOUR_MESSAGES)
  const running = useTour()
  const actions = useTourActions()
  const stop = running ? running.tour.stops[running.stop - 1] : undefined
  const presenting = running?.presenting ?? false
  const panel = useRef<HTMLElement>(null)
  const fullscreen = useFullscreen()
  useTourFlight(stop?.place ?? null, panel, presenting)
  usePresentationChrome(presenting)
  useLeaveWithFullscreen(fullscreen.on, presenting, () => actions.setPresenting(false))
  // Entering presentation moves focus onto the caption, so Space steps instead of re-pressing
  // the toggle.
  useEffect(() => {
    if (presenting) panel.current?.focus()
  }, [presenting])
  useTourKeys(running !== null, {
    next: actions.next,
    previous: actions.previous,
    exit: presenting
      ? () => {
          fullscreen.exit()
          actions.setPresenting(false)
        }
      : undefined,
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
        <span className="tour-title">{lang === 'zh' ? tour.title_zh : tour.title_en}</span>
        <span className="tour-progress">
          <span aria-hidden="true" data-testid="tour-progress">
            {running.stop} / {total}
          </span>
          <span className="visually-hidden">{t('tour.progress', { n: running.stop, total })}</span>
        </span>
        <PresentControls
          presenting={presenting}
          fullscreen={fullscreen}
          onPresent={actions.setPresenting}
        />
        <CloseButton
          label={t('tour.close')}
          onClick={() => {
            fullscreen.exit()
            actions.end()
          }}
          testId="tour-close"
        />
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

/** Calls `leave` when full screen ends (Esc, the browser's own control) during a presentation. */
function useLeaveWithFullscreen(on: boolean, presenting: boolean, leave: () => void) {
  const wasOn = useRef(on)
  const latest = useRef(leave)
  latest.current = leave
  useEffect(() => {
    if (wasOn.current && !on && presenting) latest.current()
    wasOn.current = on
  }, [on, presenting])
}
