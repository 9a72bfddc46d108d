import { useEffect } from 'react'
import { ParkProfile } from './park-profile.tsx'
import { useProfileI18n } from './profile-i18n.ts'
import { useProfileActions, useProfileId } from './use-profile.ts'
import './profile.css'

/**
 * The park profile over the map (`profile=<parkId>` in the URL): a wide sheet on desktop and
 * big screens, full screen on phones. Escape closes it (before any panel beneath sees the key).
 */
export function ProfilePanel() {
  const { pt } = useProfileI18n()
  const parkId = useProfileId()
  const { close } = useProfileActions()
  useEffect(() => {
    if (!parkId) return
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key !== 'Escape' || target?.closest('input, select, textarea')) return
      event.stopPropagation()
      close()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [parkId, close])
  if (!parkId) return null
  return (
    <section
      className="showcase-panel profile-panel"
      data-testid="park-profile"
      data-id={parkId}
      aria-label={pt('profile.label')}
    >
      <button
        type="button"
        className="icon-button showcase-close"
        data-testid="profile-close"
        aria-label={pt('profile.close')}
        onClick={close}
      >
        ×
      </button>
      <div className="showcase-scroll" key={parkId}>
        <ParkProfile parkId={parkId} />
      </div>
    </section>
  )
}
