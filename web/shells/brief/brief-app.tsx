import { useCallback, useEffect, useMemo, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { isoDate } from '../../lib/ui/iso-date.ts'
import { BriefAccess } from './brief-access.tsx'
import { BriefChain } from './brief-chain.tsx'
import { BriefClauses } from './brief-clauses.tsx'
import { BriefDataSources } from './brief-data-sources.tsx'
import { BriefFacts } from './brief-facts.tsx'
import { BriefMap } from './brief-map.tsx'
import { BRIEF_MESSAGES } from './brief-messages.ts'
import type { BriefParams } from './brief-params.ts'
import { BriefMark } from './print-safe-marks.tsx'
import { useBriefData } from './use-brief-data.ts'

/**
 * The printable one-page A4 brief of a park, site or candidate point. The root carries
 * `data-ready="true"` once every section and the map image are in place (`"error"` if
 * something failed), for tests and PDF export to wait on.
 */
export function BriefApp(props: { params: BriefParams }) {
  const { params } = props
  const { t, name, altName } = useI18n(BRIEF_MESSAGES)
  const data = useBriefData(params)
  const [mapState, setMapState] = useState<'pending' | 'done' | Error>('pending')
  const onMapDone = useCallback((error: Error | null) => setMapState(error ?? 'done'), [])
  const generated = useMemo(() => isoDate(new Date()), [])
  const subject = data.subject
  const feature = subject?.feature ?? null
  const title = feature ? name(feature.properties) : t('brief.candidate')
  const subtitle = feature
    ? altName(feature.properties)
    : subject?.lngLat
      ? t('brief.candidateAt', {
          lng: subject.lngLat[0].toFixed(5),
          lat: subject.lngLat[1].toFixed(5),
        })
      : ''
  useEffect(() => {
    document.documentElement.lang = params.lang === 'zh' ? 'zh-CN' : 'en'
    document.title = `${title} · ${t('brief.kicker')}`
  }, [params.lang, title, t])

  const error = data.error ?? (mapState instanceof Error ? mapState : null)
  const ready = data.status === 'ready' && mapState === 'done'
  const readyAttr = error || !params.target ? 'error' : ready ? 'true' : 'false'
  const selected = feature
    ? {
        kind: subject?.kind === 'park' ? ('park' as const) : ('site' as const),
        id: feature.properties.id,
      }
    : null

  return (
    <main className="brief" data-testid="brief" data-ready={readyAttr}>
      <article className="brief-page">
        <header className="brief-head">
          <p className="brief-kicker">
            <BriefMark />
            {t('brief.kicker')}
            <span className="brief-generated">{t('brief.generated', { date: generated })}</span>
          </p>
          <h1>{params.target ? title : t('brief.usage')}</h1>
          {subtitle ? <p className="brief-subtitle">{subtitle}</p> : null}
        </header>
        {error ? (
          <p role="alert" className="brief-error">
            {t('brief.error', { message: error.message })}
          </p>
        ) : null}
        {!error && data.status !== 'ready' && params.target ? (
          <p role="status" className="brief-muted">
            {t('brief.loading')}
          </p>
        ) : null}
        {subject && data.status === 'ready' && !error ? (
          <>
            <div className="brief-top">
              <BriefMap
                center={data.chain?.center ?? subject.lngLat}
                fallbackBounds={data.bounds}
                radiusKm={params.radiusKm}
                selected={selected}
                alt={title}
                caption={
                  (data.chain?.center ?? subject.lngLat)
                    ? t('brief.mapCaption', { radiusKm: params.radiusKm })
                    : t('brief.mapCaptionDistrict')
                }
                onDone={onMapDone}
              />
              <div className="brief-side">
                <BriefFacts subject={subject} district={data.district} access={data.access} />
                <BriefAccess access={data.access} withPark={subject.kind !== 'park'} />
              </div>
            </div>
            <BriefClauses clauses={subject.clauses} of={subject.clausesOf} />
            <BriefChain chain={data.chain} radiusKm={params.radiusKm} />
            <BriefDataSources plans={data.plans} loadedAt={data.loadedAt} />
          </>
        ) : null}
        <footer className="brief-foot">
          {window.location.origin}
          {window.location.pathname}
          {window.location.search}
        </footer>
      </article>
    </main>
  )
}
