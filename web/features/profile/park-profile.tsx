import type { ReactNode } from 'react'
import { ApiError } from '../../lib/api/api-client.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { nameVariants } from '../../lib/ui/name-variants.ts'
import { ProfileAccess } from './profile-access.tsx'
import { ProfileChain } from './profile-chain.tsx'
import { ProfileFacts, ProfileLocation } from './profile-facts.tsx'
import { ProfileFirms } from './profile-firms.tsx'
import { ProfileHeader } from './profile-header.tsx'
import { PROFILE_MESSAGES } from './profile-messages.ts'
import { ProfileClauses, ProfileTargets } from './profile-plans.tsx'
import { ProfileSources } from './profile-sources.tsx'
import { useParkProfile } from './use-park-profile.ts'

/** The profile of one park: facts, firms, plans, chain, access, location and sources. */
export function ParkProfile({ parkId, actions }: { parkId: string; actions?: ReactNode }) {
  const { t } = useI18n(PROFILE_MESSAGES)
  const profile = useParkProfile(parkId)
  const { park } = profile
  if (!park.data) {
    if (park.isPending) {
      return (
        <p className="showcase-state" role="status">
          <span className="spinner" aria-hidden="true" /> {t('profile.loading')}
        </p>
      )
    }
    const notFound = park.error instanceof ApiError && park.error.status === 404
    return (
      <div className="showcase-state" role="alert">
        {notFound ? t('profile.notFound') : t('profile.error')}
        {!notFound && (
          <button type="button" className="button" onClick={() => park.refetch()}>
            {t('profile.retry')}
          </button>
        )}
      </div>
    )
  }
  const { feature, clauses } = park.data
  const props = feature.properties
  return (
    <article className="profile">
      <ProfileHeader park={props} actions={actions} />
      <div className="profile-grid">
        <div className="profile-column">
          <ProfileFacts park={props} detail={park.data} />
          <ProfileFirms sites={profile.onSite} />
          <ProfileAccess access={profile.access} />
          <ProfileLocation park={props} detail={park.data} />
        </div>
        <div className="profile-column">
          <ProfileClauses clauses={clauses} highlight={nameVariants(props.name_zh)} />
          <ProfileTargets targets={profile.targets} documents={profile.documents} />
        </div>
      </div>
      <ProfileChain
        chainId={profile.chainId}
        result={profile.chain}
        pending={profile.chainPending}
      />
      <ProfileSources documents={profile.documents} loadedAt={profile.loadedAt} />
    </article>
  )
}
