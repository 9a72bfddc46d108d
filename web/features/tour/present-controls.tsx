import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { TOUR_MESSAGES } from './tour-messages.ts'
import type { useFullscreen } from './use-fullscreen.ts'

/**
 * "Present" / "Exit presentation", and while presenting outside full screen (a shared link
 * cannot enter it by itself) a "Full screen" button.
 */
export function PresentControls(props: {
  presenting: boolean
  fullscreen: ReturnType<typeof useFullscreen>
  onPresent: (presenting: boolean) => void
}) {
  const { t } = useI18n(TOUR_MESSAGES)
  const { presenting, fullscreen } = props
  return (
    <>
      {presenting && !fullscreen.on && fullscreen.available ? (
        <button
          type="button"
          className="button tour-present"
          data-testid="tour-fullscreen"
          title={t('tour.fullscreenLabel')}
          onClick={fullscreen.enter}
        >
          {t('tour.fullscreen')}
        </button>
      ) : null}
      <button
        type="button"
        className="button tour-present"
        data-testid="presentation-toggle"
        aria-pressed={presenting}
        title={t('tour.presentLabel')}
        onClick={() => {
          if (presenting) fullscreen.exit()
          else fullscreen.enter()
          props.onPresent(!presenting)
        }}
      >
        {presenting ? t('tour.exitPresent') : t('tour.present')}
      </button>
    </>
  )
}
