import { useEffect, useRef } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import './welcome-card.css'
import { WELCOME_MESSAGES } from './welcome-messages.ts'
import { dismissWelcome, initWelcome, welcomeStore } from './welcome-store.ts'

/**
 * A short, dismissible explanation for a first visit: what the map shows, how to use it, what
 * hollow dots mean and what “1+3+4” is. Not modal: the map stays usable; "Got it" (or the
 * close button) remembers the dismissal in this browser.
 */
export function WelcomeCard() {
  const { t } = useI18n(WELCOME_MESSAGES)
  const open = welcomeStore.use()
  const button = useRef<HTMLButtonElement>(null)
  const started = useRef(false)
  if (!started.current) {
    started.current = true
    initWelcome(window.location.search)
  }
  useEffect(() => {
    if (open && document.activeElement === document.body) button.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <section
      className="welcome-card card"
      data-testid="welcome"
      aria-labelledby="welcome-title"
      onKeyDown={(event) => event.key === 'Escape' && dismissWelcome(true)}
    >
      <div className="panel-head">
        <h2 id="welcome-title">{t('welcome.title')}</h2>
        <CloseButton label={t('welcome.close')} onClick={() => dismissWelcome(true)} />
      </div>
      <p>{t('welcome.what')}</p>
      <p>{t('welcome.how')}</p>
      <p className="welcome-note">{t('welcome.honest')}</p>
      <p className="welcome-note" data-testid="welcome-groups">
        {t('welcome.groups')}
      </p>
      <button
        ref={button}
        type="button"
        className="button button--primary"
        data-testid="welcome-dismiss"
        onClick={() => dismissWelcome(true)}
      >
        {t('welcome.dismiss')}
      </button>
    </section>
  )
}

/** "About this map" in the header: brings the welcome back. */
export function HelpButton() {
  const { t } = useI18n(WELCOME_MESSAGES)
  return (
    <button
      type="button"
      className="float-button header-action"
      data-testid="help-button"
      aria-label={t('welcome.help')}
      title={t('welcome.help')}
      onClick={() => welcomeStore.set(true)}
    >
      <span aria-hidden="true">?</span>
    </button>
  )
}
