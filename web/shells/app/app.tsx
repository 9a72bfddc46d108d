import { AccountButton } from '../../features/account/account-button.tsx'
import { AnalysisToggle } from '../../features/analysis/analysis-toggle.tsx'
import { Attribution } from '../../features/attribution/attribution.tsx'
import { DetailsPanel } from '../../features/details/details-panel.tsx'
import { DatasetDownload } from '../../features/district-stats/dataset-download.tsx'
import { DistrictStatsLayer } from '../../features/district-stats/district-stats-layer.tsx'
import { DistrictStatsSection } from '../../features/district-stats/district-stats-section.tsx'
import { EditMapLayer } from '../../features/edit/edit-map-layer.tsx'
import { EditToggle } from '../../features/edit/edit-toggle.tsx'
import { EmbedButton } from '../../features/embed-dialog/embed-button.tsx'
import { AppHeader } from '../../features/header/app-header.tsx'
import { LayerPanel } from '../../features/layer-panel/layer-panel.tsx'
import { LayersButton } from '../../features/layer-panel/layers-button.tsx'
import { useProfileActions } from '../../features/profile/use-profile.ts'
import { SearchMarkerLayer } from '../../features/search/search-marker-layer.tsx'
import { LoadStatus } from '../../features/status/load-status.tsx'
import { TourButton } from '../../features/tour/tour-button.tsx'
import { HelpButton, WelcomeCard } from '../../features/welcome/welcome-card.tsx'
import { useDocumentLang } from '../../lib/i18n/use-document-lang.ts'
import { useDataVersionRefresh } from '../../lib/queries/use-data-version-refresh.ts'
import { lowerSheet, raiseSheet, useSheetOpen, useTopSheet } from '../../lib/stores/sheet-stack.ts'
import { AfterFirstMap } from '../../map/after-first-map.tsx'
import { MapProvider } from '../../map/map-provider.tsx'
import { ViewMap } from '../../map/view-map.tsx'
import './app.css'
import { AppSearch } from './app-search.tsx'
import {
  LazyAnalysisOverlay,
  LazyAnalysisPanel,
  LazyComparePanel,
  LazyProfilePanel,
  LazyTourPanel,
} from './lazy-features.tsx'
import { ParkCompareButton, PlaceActions } from './place-actions.tsx'
import { useSheetsFromView } from './use-sheets-from-view.ts'

/**
 * Layout: the map with the analysis overlay, and header, panels, status and attribution over
 * it. All but the loading status mount once the map has drawn its data (`AfterFirstMap`);
 * analysis, comparison, profile and tour load when opened (`lazy-features.tsx`). Where one
 * feature offers another's action, the shell passes it in (`place-actions.tsx`).
 * On phones only the top sheet of the sheet stack shows (`data-top-sheet`, see `app.css`).
 */
export function App() {
  const layersOpen = useSheetOpen('layers')
  const topSheet = useTopSheet()
  useSheetsFromView()
  useDocumentLang()
  useDataVersionRefresh()
  const profile = useProfileActions()
  return (
    <MapProvider>
      <div className="app" data-top-sheet={topSheet ?? undefined}>
        <ViewMap mode="interactive">
          <LazyAnalysisOverlay />
          <SearchMarkerLayer />
          <DistrictStatsLayer />
          <EditMapLayer />
        </ViewMap>
        <AfterFirstMap>
          <AppHeader
            search={<AppSearch />}
            actions={
              <>
                <AnalysisToggle />
                <TourButton />
                <EmbedButton />
                <HelpButton />
                <EditToggle />
                <AccountButton />
              </>
            }
          />
          <LayerPanel
            open={layersOpen}
            onClose={() => lowerSheet('layers')}
            extra={
              <>
                <DistrictStatsSection />
                <DatasetDownload />
              </>
            }
          />
          <LayersButton onOpen={() => raiseSheet('layers')} />
          <DetailsPanel placeActions={(place) => <PlaceActions place={place} />} />
          <LazyAnalysisPanel />
          <LazyComparePanel onOpenProfile={profile.open} />
          <LazyProfilePanel headerActions={(parkId) => <ParkCompareButton parkId={parkId} />} />
          <LazyTourPanel />
          <WelcomeCard />
          <Attribution />
        </AfterFirstMap>
        <LoadStatus />
      </div>
    </MapProvider>
  )
}
