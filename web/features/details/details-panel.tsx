import { type ReactNode, useCallback, useEffect } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { pickStore, usePicked } from '../../lib/stores/pick-store.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import './details-panel.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { DistrictDetails } from './district-details.tsx'
import { ParkDetails } from './park-details.tsx'
import { PickList } from './pick-list.tsx'
import { SiteDetails } from './site-details.tsx'

/** A site or park whose details are shown (what `placeActions` gets). */
export interface ShownPlace {
  kind: 'site' | 'park'
  id: string
}

/**
 * Details of the selected district, park or site (a side card on desktop, a bottom sheet on
 * phones). `placeActions` adds buttons under a site's or park's description (the shell adds
 * "Analyse around here", the profile and the comparison).
 */
export function DetailsPanel(props: { placeActions?: (place: ShownPlace) => ReactNode }) {
  const { t } = useI18n()
  const { selection } = useView()
  const { select } = useViewActions()
  const picked = usePicked()
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the selection changes: a new selection (from anywhere) replaces a pending pick list
  useEffect(() => {
    pickStore.set(null)
  }, [selection])
  const open = Boolean(selection || picked)
  const close = useCallback(() => {
    if (pickStore.get()) pickStore.set(null)
    else select(null)
  }, [select])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key === 'Escape' && !target?.closest('input, select, textarea')) close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open, close])
  if (!selection && !picked) return null
  const kind = picked ? 'pick' : selection?.kind
  return (
    <aside
      className="details-panel card card--sheet"
      data-testid="details-panel"
      data-kind={kind}
      data-id={picked ? undefined : selection?.id}
      aria-label={selection && !picked ? t(`kind.${selection.kind}`) : t('layers.title')}
    >
      <CloseButton
        label={t('details.close')}
        onClick={close}
        className="details-close"
        testId="details-close"
      />
      <div
        className="details-body"
        key={picked ? picked.keys.join(',') : `${kind}:${selection?.id}`}
      >
        {picked && <PickList picked={picked} />}
        {!picked && selection?.kind === 'site' && (
          <SiteDetails
            id={selection.id}
            actions={props.placeActions?.({ kind: 'site', id: selection.id })}
          />
        )}
        {!picked && selection?.kind === 'park' && (
          <ParkDetails
            id={selection.id}
            actions={props.placeActions?.({ kind: 'park', id: selection.id })}
          />
        )}
        {!picked && selection?.kind === 'district' && <DistrictDetails code={selection.id} />}
      </div>
    </aside>
  )
}
