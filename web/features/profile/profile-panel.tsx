import { type ReactNode, useEffect } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ParkProfile } from './park-profile.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'
import { useProfileActions, useProfileId } from './use-profile.ts'
import '../../lib/ui/showcase-panel.css'
import './profile-panel.css'
import './profile-firms-targets.css'
import './profile-chain-access.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'

/**
 * The park profile over the map (`profile=<parkId>` in the URL): a wide sheet on desktop and
 * big screens, full screen on phones. Escape closes it (before any panel beneath sees the key).
 * `headerActions` adds buttons beside "Printable brief" (the shell adds "Compare").
 */
export function ProfilePanel(props: { headerActions?: (parkId: string) => ReactNode }) {
  const { t } = useI18n(PROFILE_MESSAGES)
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
      aria-label={t('profile.label')}
    >
      <CloseButton
        label={t('profile.close')}
        onClick={close}
        className="showcase-close"
        testId="profile-close"
      />
      <div className="showcase-scroll" key={parkId}>
        <ParkProfile parkId={parkId} actions={props.headerActions?.(parkId)} />
      </div>
    </section>
  )
}
