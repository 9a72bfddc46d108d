import { useCallback, useEffect, useMemo, useState } from 'react'
import { BriefAccess } from './brief-access.tsx'
import { BriefChain } from './brief-chain.tsx'
import { BriefClauses } from './brief-clauses.tsx'
import { briefI18n, isoDate } from './brief-context.ts'
import { BriefDataSources } from './brief-data-sources.tsx'
import { BriefFacts } from './brief-facts.tsx'
import { BriefMap } from './brief-map.tsx'
import type { BriefParams } from './brief-params.ts'
import { useBriefData } from './use-brief-data.ts'

/**
 * The printable one-page A4 brief of a park, site or candidate point. The root carries
 * `data-ready="true"` once every section and the map image are in place (`"error"` if
 * something failed), for tests and PDF export to wait on.
 */
export function BriefApp(props: { params: BriefParams }) {
  const { params } = props
  const i18n = useMemo(() => briefI18n(params.lang), [params.lang])
  const { bt, name, altName } = i18n
  const data = useBriefData(params)
  const [mapState, setMapState] = useState<'pending' | 'done' | Error>('pending')
  const onMapDone = useCallback((error: Error | null) => setMapState(error ?? 'done'), [])
  const generated = useMemo(() => isoDate(new Date()), [])
  const subject = data.subject
  const feature = subject?.feature ?? null
  const title = feature ? name(feature.properties) : bt('brief.candidate')
  const subtitle = feature
    ? altName(feature.properties)
    : subject
      ? bt('brief.candidateAt', {
          lng: subject.lngLat[0].toFixed(5),
          lat: subject.lngLat[1].toFixed(5),
        })
      : ''
  useEffect(() => {
    document.documentElement.lang = params.lang === 'zh' ? 'zh-CN' : 'en'
    document.title = `${title} · ${bt('brief.kicker')}`
  }, [params.lang, title, bt])

  const error = data.error ?? (mapState instanceof Error ? mapState : null)
  const ready = data.status === 'ready' && mapState === 'done'
  const readyAttr = error || !params.target ? 'error' : ready ? 'true' : 'false'
  const selected = feature
    ? {
        source: subject?.kind === 'park' ? ('parks' as const) : ('sites' as const),
        id: feature.properties.id,
      }
    : null

  return (
    <main className="brief" data-testid="brief" data-ready={readyAttr}>
      <article className="brief-page">
        <header className="brief-head">
          <p className="brief-kicker">
            <span className="brief-mark" aria-hidden="true" />
            {bt('brief.kicker')}
            <span className="brief-generated">{bt('brief.generated', { date: generated })}</span>
          </p>
          <h1>{params.target ? title : bt('brief.usage')}</h1>
          {subtitle ? <p className="brief-subtitle">{subtitle}</p> : null}
        </header>
        {error ? (
          <p role="alert" className="brief-error">
            {bt('brief.error', { message: error.message })}
          </p>
        ) : null}
        {!error && data.status !== 'ready' && params.target ? (
          <p role="status" className="brief-muted">
            {bt('brief.loading')}
          </p>
        ) : null}
        {subject && data.status === 'ready' && !error ? (
          <>
            <div className="brief-top">
              <BriefMap
                lang={params.lang}
                center={data.chain?.center ?? subject.lngLat}
                radiusKm={params.radiusKm}
                selected={selected}
                alt={title}
                caption={bt('brief.mapCaption', { radiusKm: params.radiusKm })}
                onDone={onMapDone}
              />
              <div className="brief-side">
                <BriefFacts
                  i18n={i18n}
                  subject={subject}
                  district={data.district}
                  access={data.access}
                />
                <BriefAccess i18n={i18n} access={data.access} withPark={subject.kind !== 'park'} />
              </div>
            </div>
            <BriefClauses i18n={i18n} clauses={subject.clauses} of={subject.clausesOf} />
            <BriefChain i18n={i18n} chain={data.chain} radiusKm={params.radiusKm} />
            <BriefDataSources i18n={i18n} plans={data.plans} loadedAt={data.loadedAt} />
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
