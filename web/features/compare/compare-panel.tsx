import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { useView } from '../../lib/url/view-context.tsx'
import { COMPARE_MESSAGES } from './compare-messages.ts'
import { CompareTable } from './compare-table.tsx'
import { CompareTray } from './compare-tray.tsx'
import { MAX_COMPARE } from './compare-url.ts'
import { useCompareActions, useCompareView } from './use-compare.ts'
import { useCompareColumns } from './use-compare-columns.ts'
import { useMoreToTheRight } from './use-scroll-hint.ts'
import '../../lib/ui/showcase-panel.css'
import './compare-panel.css'
import './compare-table.css'
import './compare-tray.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'

/**
 * Up to three parks side by side (`cmp=a,b,c`), differences marked, each scored on its own
 * main chain or on one chosen for the comparison. The user opens the table ("Show side by
 * side" in the tray); adding a park never does, and choosing a place folds it back so the
 * place's details (and its "Compare" button) show. A link with two or more parks opens on the
 * table. `onOpenProfile` links each park to its profile (the shell provides it).
 */
export function ComparePanel(props: { onOpenProfile?: (parkId: string) => void }) {
  const { t, name } = useI18n(COMPARE_MESSAGES)
  const view = useCompareView()
  const { clear, setChain } = useCompareActions()
  const data = useCompareColumns(view?.parks ?? [], view?.chain ?? null)
  const count = view?.parks.length ?? 0
  const [folded, setFolded] = useState(() => count < 2)
  useFoldOnSelection(() => setFolded(true))
  const scroller = useRef<HTMLDivElement>(null)
  const more = useMoreToTheRight(scroller)
  if (!view) return null
  if (folded || count < 2) {
    return <CompareTray features={data.features} onExpand={() => setFolded(false)} />
  }
  return (
    <section
      className="showcase-panel compare-panel"
      data-testid="compare-panel"
      data-mode="table"
      aria-labelledby="compare-title"
    >
      <header className="compare-head">
        <h2 id="compare-title">
          {t('compare.title')}{' '}
          <span className="count">
            {t('compare.count', { count: view.parks.length, max: MAX_COMPARE })}
          </span>
        </h2>
        <label className="compare-chain">
          <span>{t('compare.chain')}</span>
          <select
            data-testid="compare-chain-select"
            value={view.chain ?? ''}
            onChange={(event) => setChain(event.target.value || null)}
          >
            <option value="">{t('compare.ownChain')}</option>
            {data.chains.map((chain) => (
              <option key={chain.id} value={chain.id}>
                {name(chain)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button compare-minimise"
          data-testid="compare-minimise"
          title={t('compare.minimiseLabel')}
          onClick={() => setFolded(true)}
        >
          {t('compare.minimise')}
        </button>
        <CloseButton label={t('compare.close')} onClick={clear} testId="compare-close" />
      </header>
      {more && (
        <p className="compare-scroll-hint" data-testid="compare-scroll-hint">
          {t('compare.scrollHint', { count })}
        </p>
      )}
      <div className="showcase-scroll" ref={scroller}>
        <CompareTable
          features={data.features}
          columns={data.columns}
          links={data.links}
          onOpenProfile={props.onOpenProfile}
        />
        <p className="note">{t('compare.legend', { radiusKm: PARK_CHAIN_RADIUS_KM })}</p>
      </div>
    </section>
  )
}

/** Calls `fold` when the selected place changes (not on the first render). */
function useFoldOnSelection(fold: () => void) {
  const selection = useView().selection
  const key = selection ? `${selection.kind}:${selection.id}` : null
  const last = useRef(key)
  const latest = useRef(fold)
  latest.current = fold
  useEffect(() => {
    if (key === last.current) return
    last.current = key
    if (key) latest.current()
  }, [key])
}
