import { useState } from 'react'
import type { ClusterHullFeature } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { clusterMemberRows, MEMBER_PAGE } from './cluster-member-rows.ts'

/**
 * An open cluster's members by name (zh/en), from the analysis's own answer: named on a tiled
 * map too, where the browser lists no site. Long lists show a page at a time.
 */
export function ClusterMembers(props: { cluster: ClusterHullFeature['properties'] }) {
  const { t, name } = useI18n(ANALYSIS_MESSAGES)
  const [pages, setPages] = useState(1)
  const { rows, more } = clusterMemberRows(props.cluster, pages)
  return (
    <>
      <ul className="cluster-members" data-testid="cluster-members">
        {rows.map((member) => (
          <li key={member.id} data-place={`site:${member.id}`}>
            {name(member)}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          className="link-button cluster-more"
          data-testid="cluster-members-more"
          onClick={() => setPages((p) => p + 1)}
        >
          {t('clusters.moreMembers', { count: Math.min(more, MEMBER_PAGE), left: more })}
        </button>
      )}
    </>
  )
}
