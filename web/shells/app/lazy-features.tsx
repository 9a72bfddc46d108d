import { type ComponentType, lazy, type ReactNode, Suspense } from 'react'
import { usePickMode } from '../../features/analysis/pick-mode.ts'
import { useAnalysisView } from '../../features/analysis/use-analysis.ts'
import { useCompareView } from '../../features/compare/use-compare.ts'
import { useProfileId } from '../../features/profile/use-profile.ts'
import { useView } from '../../lib/url/view-context.tsx'

/**
 * The features a first visit does not show — analysis, comparison, park profile, tour — as
 * separate chunks, fetched only when the URL opens them (a shared link loads them at once).
 * Each module's named export is loaded with `React.lazy`; nothing renders until it arrives.
 */
function lazyNamed<P extends object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): ComponentType<P> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }))
}

const AnalysisPanel = lazyNamed(
  () => import('../../features/analysis/analysis-panel.tsx'),
  'AnalysisPanel',
)
const AnalysisOverlay = lazyNamed(
  () => import('../../features/analysis/analysis-overlay.tsx'),
  'AnalysisOverlay',
)
const ComparePanel = lazyNamed<{ onOpenProfile?: (parkId: string) => void }>(
  () => import('../../features/compare/compare-panel.tsx'),
  'ComparePanel',
)
const ProfilePanel = lazyNamed<{ headerActions?: (parkId: string) => ReactNode }>(
  () => import('../../features/profile/profile-panel.tsx'),
  'ProfilePanel',
)
const TourPanel = lazyNamed(() => import('../../features/tour/tour-panel.tsx'), 'TourPanel')

const when = (open: boolean, element: ReactNode) =>
  open ? <Suspense fallback={null}>{element}</Suspense> : null

/** The analysis panel, while the URL holds an analysis. */
export function LazyAnalysisPanel() {
  return when(useAnalysisView() !== null, <AnalysisPanel />)
}

/** The analysis drawn on the map, while there is an analysis or a point is being picked. */
export function LazyAnalysisOverlay() {
  const open = useAnalysisView() !== null
  const picking = usePickMode()
  return when(open || picking, <AnalysisOverlay />)
}

/** The comparison tray and table, while the URL compares parks. */
export function LazyComparePanel(props: { onOpenProfile?: (parkId: string) => void }) {
  return when(useCompareView() !== null, <ComparePanel {...props} />)
}

/** The park profile, while the URL names a park to profile. */
export function LazyProfilePanel(props: { headerActions?: (parkId: string) => ReactNode }) {
  return when(useProfileId() !== null, <ProfilePanel {...props} />)
}

/** The tour's caption and controls, while the URL runs a tour. */
export function LazyTourPanel() {
  return when(useView().tour != null, <TourPanel />)
}
