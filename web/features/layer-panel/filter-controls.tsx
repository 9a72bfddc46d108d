import { useQuery } from '@tanstack/react-query'
import type { DocId, SiteStatus } from '../../../api/domain/index.ts'
import { SITE_STATUSES } from '../../../api/domain/site-status.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'

const PLANS: DocId[] = ['ne18', 'mfg21']

/** Status, plan and district filters (each one select; "Any" clears it). */
export function FilterControls() {
  const { t, name } = useI18n()
  const { filters } = useView()
  const { setFilters } = useViewActions()
  const districts = useQuery(districtListQuery()).data?.features ?? []
  return (
    <div className="filter-controls">
      <FilterSelect
        label={t('filters.status')}
        testId="filter-status"
        value={filters.status}
        options={SITE_STATUSES.map((s) => [s, t(`status.${s}`)])}
        onChange={(status) => setFilters({ status: status as SiteStatus | null })}
      />
      <FilterSelect
        label={t('filters.plan')}
        testId="filter-plan"
        value={filters.plan}
        options={PLANS.map((p) => [p, t(`plan.${p}`)])}
        onChange={(plan) => setFilters({ plan: plan as DocId | null })}
      />
      <FilterSelect
        label={t('filters.district')}
        testId="filter-district"
        value={filters.district}
        options={districts.map((d) => [d.properties.code, name(d.properties)])}
        onChange={(district) => setFilters({ district })}
      />
    </div>
  )
}

/** One filter: a labelled select whose first option ("Any") clears it. */
function FilterSelect(props: {
  label: string
  testId: string
  value: string | null
  options: ReadonlyArray<readonly [value: string, label: string]>
  onChange: (value: string | null) => void
}) {
  const { t } = useI18n()
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
      >
        <option value="">{t('filters.any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}
