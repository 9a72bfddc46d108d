import { type FormEvent, useEffect, useId, useRef } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { ACCOUNT_MESSAGES } from './account-messages.ts'
import { signInProblem, useAccountActions } from './use-account-actions.ts'

/**
 * The sign-in form in a modal dialog (native `<dialog>`: focus stays inside, Esc closes).
 * A wrong password, a throttled account and a network failure each say what to do.
 */
export function SignInDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useI18n(ACCOUNT_MESSAGES)
  const dialog = useRef<HTMLDialogElement>(null)
  const { signIn } = useAccountActions()
  const ids = { title: useId(), user: useId(), password: useId(), error: useId() }
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (props.open && !element.open) element.showModal()
    if (!props.open && element.open) element.close()
  }, [props.open])
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const input = { username: String(form.get('username')), password: String(form.get('password')) }
    signIn.mutate(input, { onSuccess: props.onClose })
  }
  const problem = signIn.isError ? signInProblem(signIn.error) : null
  const message =
    problem?.kind === 'wrong'
      ? t('account.wrong')
      : problem?.kind === 'throttled'
        ? t('account.throttled', { seconds: problem.seconds })
        : problem
          ? t('account.failed')
          : null
  return (
    <dialog
      ref={dialog}
      className="sign-in-dialog"
      data-testid="sign-in-dialog"
      aria-labelledby={ids.title}
      onClose={() => {
        signIn.reset()
        props.onClose()
      }}
    >
      <div className="sign-in-head">
        <h2 id={ids.title}>{t('account.title')}</h2>
        <CloseButton label={t('account.cancel')} onClick={props.onClose} />
      </div>
      <p className="sign-in-intro">{t('account.intro')}</p>
      <form onSubmit={submit} aria-describedby={message ? ids.error : undefined}>
        <label htmlFor={ids.user}>{t('account.userName')}</label>
        <input id={ids.user} name="username" autoComplete="username" required maxLength={64} />
        <label htmlFor={ids.password}>{t('account.password')}</label>
        <input
          id={ids.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
        />
        {message ? (
          <p id={ids.error} className="sign-in-error" role="alert" data-testid="sign-in-error">
            {message}
          </p>
        ) : null}
        <div className="sign-in-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('account.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="sign-in-submit"
            disabled={signIn.isPending}
          >
            {signIn.isPending ? t('account.signingIn') : t('account.submit')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
