import { useQuery } from '@tanstack/react-query'
import type { DocId, SiteStatus } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'

const STATUSES: SiteStatus[] = [
  'operating',
  'in-production',
  'under-construction',
  'pipeline',
  'planned',
]
const PLANS: DocId[] = ['ne18', 'mfg21']

/** Status, plan and district filters (each one select; "Any" clears it). */
export function FilterControls() {
  const { t, name } = useI18n()
  const { filters } = useView()
  const { setFilters } = useViewActions()
  const districts = useQuery(districtListQuery()).data?.features ?? []
  return (
    <div className="filter-controls">
      <label className="filter">
        <span>{t('filters.status')}</span>
        <select
          data-testid="filter-status"
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ status: (e.target.value || null) as SiteStatus | null })}
        >
          <option value="">{t('filters.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('filters.plan')}</span>
        <select
          data-testid="filter-plan"
          value={filters.plan ?? ''}
          onChange={(e) => setFilters({ plan: (e.target.value || null) as DocId | null })}
        >
          <option value="">{t('filters.any')}</option>
          {PLANS.map((p) => (
            <option key={p} value={p}>
              {t(`plan.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('filters.district')}</span>
        <select
          data-testid="filter-district"
          value={filters.district ?? ''}
          onChange={(e) => setFilters({ district: e.target.value || null })}
        >
          <option value="">{t('filters.any')}</option>
          {districts.map((d) => (
            <option key={d.properties.code} value={d.properties.code}>
              {name(d.properties)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
