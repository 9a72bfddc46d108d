import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { formatPercent } from '../../lib/ui/format-km.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import type { AnalysisView } from './analysis-url.ts'
import { ChainSelect } from './chain-select.tsx'
import { DistrictSubjectNote, PlaceResult, QueryState } from './place-result.tsx'
import { RadiusControl } from './radius-control.tsx'
import { useAnalysisActions } from './use-analysis.ts'
import type { AnalysisData } from './use-analysis-data.ts'

/**
 * Chain tab: links present (providers within the radius, or the park's own firms) and missing
 * links with the nearest located provider outside it — the investment-promotion target list —
 * with the same-district providers whose distance is unknown listed apart, and the score.
 */
export function ChainSection(props: { view: AnalysisView; data: AnalysisData }) {
  const { t, name } = useI18n(ANALYSIS_MESSAGES)
  const { set } = useAnalysisActions()
  const { view, data } = props
  const vm = data.chainVm
  return (
    <>
      <div className="analysis-controls">
        <ChainSelect value={view.chain} onChange={(chain) => set({ chain })} />
      </div>
      <RadiusControl
        radiusKm={view.radiusKm}
        onChange={(radiusKm) => set({ radiusKm }, 'replace')}
      />
      {data.subject && !data.measurable && data.subject.subject.kind !== 'park' ? (
        <DistrictSubjectNote />
      ) : !vm ? (
        <QueryState
          error={data.chain.error}
          isPending={data.chain.isPending}
          onRetry={data.chain.refetch}
        />
      ) : (
        <>
          <div className="score-card" data-testid="chain-score" data-score={vm.score}>
            <div className="score-value">{formatPercent(vm.score)}</div>
            <div>
              <div className="score-label">
                {t('chain.score')} ·{' '}
                {name({ name_zh: vm.chain_name_zh, name_en: vm.chain_name_en })}
              </div>
              <div className="score-detail">
                {t('chain.scoreValue', { present: vm.presentLinks, total: vm.totalLinks })}
              </div>
              <div className="score-bar" aria-hidden="true">
                <span style={{ width: formatPercent(vm.score) }} />
              </div>
            </div>
          </div>
          <p className="analysis-muted small">{t('chain.how')}</p>
          {vm.subject.location_precision === 'district' && <DistrictSubjectNote />}
          <h4 className="chain-heading chain-heading--present">{t('chain.present')}</h4>
          {vm.present.length === 0 && <p className="analysis-muted">{t('chain.nonePresent')}</p>}
          <ul className="chain-links">
            {vm.present.map((link) => (
              <ChainLink key={link.id} link={link} present>
                <ul className="place-results">
                  {link.providers.map((row) => (
                    <PlaceResult
                      key={`${row.type}:${row.id}`}
                      row={row}
                      testId="chain-provider"
                      note={row.via ? t('chain.via', { link: row.via }) : undefined}
                    />
                  ))}
                  {link.members.map((row) => (
                    <PlaceResult
                      key={`${row.type}:${row.id}`}
                      row={row}
                      testId="chain-member"
                      note={row.via ? t('chain.via', { link: row.via }) : t('chain.members')}
                      distanceLabel={t('distance.inPark')}
                    />
                  ))}
                </ul>
              </ChainLink>
            ))}
          </ul>
          <h4 className="chain-heading chain-heading--missing">{t('chain.missing')}</h4>
          {vm.missing.length === 0 && <p className="analysis-muted">{t('chain.noneMissing')}</p>}
          <ul className="chain-links">
            {vm.missing.map((link) => (
              <ChainLink key={link.id} link={link} present={false}>
                {link.nearest || link.sameDistrict.length > 0 ? (
                  <ul className="place-results">
                    {link.nearest && (
                      <PlaceResult
                        row={link.nearest}
                        testId="chain-nearest"
                        note={t('chain.nearestOutside')}
                      />
                    )}
                    {link.sameDistrict.map((row) => (
                      <PlaceResult
                        key={`${row.type}:${row.id}`}
                        row={row}
                        testId="chain-same-district"
                        distanceLabel={t('distance.sameDistrict')}
                      />
                    ))}
                  </ul>
                ) : (
                  <p className="analysis-muted small">{t('chain.noProvider')}</p>
                )}
              </ChainLink>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

/** One link of the chain: its mark (✓ present, ! missing), its name, and its places. */
function ChainLink(props: {
  link: { id: string; name_zh: string; name_en: string }
  present: boolean
  children: ReactNode
}) {
  const { name } = useI18n()
  const state = props.present ? 'present' : 'missing'
  return (
    <li data-testid={`chain-link-${state}`} data-link={props.link.id}>
      <div className="chain-link-name">
        <span className={`link-mark link-mark--${state}`} aria-hidden="true">
          {props.present ? '✓' : '!'}
        </span>
        {name(props.link)}
      </div>
      {props.children}
    </li>
  )
}
