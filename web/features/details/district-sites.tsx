import { useInfiniteQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { DISTRICT_SITES_PAGE, districtSitesQuery } from '../../lib/queries/sites.ts'
import { useView } from '../../lib/url/view-context.tsx'
import { PickItem } from './pick-item.tsx'
import { useSectorColor } from './use-sector-color.ts'

/**
 * A district badge's sites known only by district when the browser has no site list (tiles):
 * fetched from the server a page at a time under the layer panel's filters, with a button for
 * the next page that says how many are not shown yet. `count` is how many the badge counts.
 */
export function DistrictSites(props: { district: string; count: number }) {
  const { t } = useI18n()
  const { filters, hiddenSectors } = useView()
  const colorOf = useSectorColor()
  const query = useInfiniteQuery(districtSitesQuery(props.district, filters, hiddenSectors))
  const sites = query.data?.pages.flatMap((page) => page.features) ?? []
  const total = query.data?.pages[0]?.total ?? props.count
  // before the first page arrives, `left` is `count`: the badge's own figure
  const left = total - sites.length
  const next = Math.min(left, DISTRICT_SITES_PAGE)
  return (
    <>
      <ul data-testid="pick-sites">
        {sites.map(({ properties: p }) => (
          <PickItem key={p.id} kind="site" id={p.id} names={p} color={colorOf(p)} />
        ))}
      </ul>
      {query.isPending || query.isFetchingNextPage ? (
        <p className="muted" data-testid="pick-sites-status">
          {t('pick.sitesLoading', { count: next })}
        </p>
      ) : query.isError ? (
        <p className="muted" data-testid="pick-sites-status">
          {t('pick.sitesFailed')}{' '}
          <button type="button" className="link-button" onClick={() => query.refetch()}>
            {t('status.retry')}
          </button>
        </p>
      ) : (
        query.hasNextPage && (
          <button
            type="button"
            className="link-button pick-more"
            data-testid="pick-sites-more"
            onClick={() => query.fetchNextPage()}
          >
            {t('pick.more', { count: next, left })}
          </button>
        )
      )}
    </>
  )
}
