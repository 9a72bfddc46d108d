import { useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useSessionUser } from '../../lib/queries/session.ts'
import '../../lib/ui/float-button.css'
import { ACCOUNT_MESSAGES } from './account-messages.ts'
import './account.css'
import { SignInDialog } from './sign-in-dialog.tsx'
import { useAccountActions } from './use-account-actions.ts'

/**
 * The header's account control: "Sign in" (opening the dialog) for visitors; the signed-in
 * user's name and role with "Sign out" for staff.
 */
export function AccountButton() {
  const { t } = useI18n(ACCOUNT_MESSAGES)
  const { user } = useSessionUser()
  const { signOut } = useAccountActions()
  const [open, setOpen] = useState(false)
  if (user) {
    const role = t(`account.role.${user.role}`)
    return (
      <div className="account float-button" data-testid="account" data-role={user.role}>
        <span className="account-name" title={t('account.signedInAs', { name: user.name, role })}>
          {user.name}
        </span>
        <button
          type="button"
          className="link-button"
          data-testid="sign-out"
          onClick={() => signOut.mutate()}
        >
          {t('account.signOut')}
        </button>
      </div>
    )
  }
  return (
    <>
      <button
        type="button"
        className="float-button header-action"
        data-testid="sign-in-button"
        aria-haspopup="dialog"
        title={t('account.signInLabel')}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5z" />
        </svg>
        <span className="header-action-text">{t('account.signIn')}</span>
      </button>
      <SignInDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}
