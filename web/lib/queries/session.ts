import { queryOptions, useQuery } from '@tanstack/react-query'
import { roleAtLeast } from '../../../api/domain/role-rank.ts'
import { curationClient } from '../api/api-client.ts'

export const sessionKeys = { all: ['session'] as const }

/** Who is signed in on this browser (`user: null` when nobody); asked again after a minute. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: () => curationClient.session(),
    staleTime: 60_000,
    retry: false,
  })

/** The signed-in user and what their role allows (editing: editor and admin; revert: admin). */
export function useSessionUser() {
  const user = useQuery(sessionQuery()).data?.user ?? null
  return {
    user,
    canEdit: user !== null && roleAtLeast(user.role, 'editor'),
    isAdmin: user !== null && roleAtLeast(user.role, 'admin'),
  }
}
