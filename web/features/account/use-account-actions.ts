import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError, curationClient } from '../../lib/api/api-client.ts'
import { sessionKeys } from '../../lib/queries/session.ts'

/** Why a sign-in failed, in the words the dialog shows. */
export type SignInProblem =
  | { kind: 'wrong' }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'failed' }

/** What went wrong with a sign-in attempt (the 429's wait is read from its message). */
export function signInProblem(error: unknown): SignInProblem {
  if (!(error instanceof ApiError)) return { kind: 'failed' }
  if (error.status === 401) return { kind: 'wrong' }
  if (error.status === 429) {
    const seconds = Number(/(\d+) s/.exec(error.body?.error.message ?? '')?.[1] ?? 60)
    return { kind: 'throttled', seconds }
  }
  return { kind: 'failed' }
}

/** Sign in and sign out; both refresh who the page thinks is signed in. */
export function useAccountActions() {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionKeys.all })
  const signIn = useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      curationClient.signIn(input.username, input.password),
    onSuccess: refresh,
  })
  const signOut = useMutation({ mutationFn: () => curationClient.signOut(), onSettled: refresh })
  return { signIn, signOut }
}
