import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { EditKind } from '../../../api/client/create-curation-client.ts'
import { ApiError, curationClient } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useSessionUser } from '../../lib/queries/session.ts'
import { changedFields } from './changed-fields.ts'
import { EDIT_MESSAGES } from './edit-messages.ts'
import { editKeys } from './use-place-edit.ts'

type Change = Awaited<ReturnType<typeof curationClient.changes>>['changes'][number]

/**
 * The place's change history, newest first: when, who, what (the fields touched) and the
 * note; administrators can revert a change (as a new change; refused when a later one
 * changed the place again).
 */
export function PlaceHistory(props: { kind: EditKind; id: string }) {
  const { t, lang } = useI18n(EDIT_MESSAGES)
  const { isAdmin } = useSessionUser()
  const queryClient = useQueryClient()
  const history = useQuery({
    queryKey: editKeys.history(props.kind, props.id),
    queryFn: () => curationClient.changes({ place: `${props.kind}:${props.id}`, limit: 20 }),
    staleTime: 0,
  })
  const revert = useMutation({
    mutationFn: (id: number) => curationClient.revertChange(id),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  const when = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const changes = history.data?.changes ?? []
  return (
    <section className="place-history" data-testid="place-history">
      <h4>{t('edit.history')}</h4>
      {history.isSuccess && changes.length === 0 ? (
        <p className="edit-hint">{t('edit.noHistory')}</p>
      ) : null}
      <ol>
        {changes.map((change: Change) => (
          <li key={change.id} data-testid="history-entry" data-change-id={change.id}>
            <div className="history-line">
              <span>
                {t('edit.historyEntry', {
                  when: when.format(new Date(change.created_at)),
                  user: change.user,
                })}{' '}
                · {t(`edit.action.${change.action}`)}
              </span>
              {isAdmin && change.action !== 'revert' ? (
                <button
                  type="button"
                  className="link-button"
                  data-testid="history-revert"
                  title={t('edit.revertLabel')}
                  disabled={revert.isPending}
                  onClick={() => revert.mutate(change.id)}
                >
                  {t('edit.revert')}
                </button>
              ) : null}
            </div>
            <p className="history-note">{change.note}</p>
            <p className="history-fields">
              {changedFields(change.before, change.after).join(', ')}
            </p>
          </li>
        ))}
      </ol>
      {revert.isError ? (
        <p className="edit-error" role="alert">
          {revert.error instanceof ApiError && revert.error.status === 409
            ? t('edit.revertConflict')
            : t('edit.revertFailed')}
        </p>
      ) : null}
      {revert.isSuccess ? <p role="status">{t('edit.reverted')}</p> : null}
    </section>
  )
}
