import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Sector } from '../../../api/domain/index.ts'
import { createQueryClient } from '../../lib/api/query-client.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { queryString } from '../../lib/url/url-part.ts'
import { ViewStoreProvider } from '../../lib/url/view-context.tsx'
import { createViewStore } from '../../lib/url/view-store.ts'
import { CORE_VIEW_URL } from '../../lib/url/view-url.ts'
import '../../lib/ui/base.css'
import '../../lib/ui/panel.css'
import '../../lib/ui/controls.css'
import { applyPageTheme } from '../../lib/theme/theme-css.ts'
import { EmbedApp } from './embed-app.tsx'
import './embed.css'
import './embed-legend.css'
import './place-table.css'
import './place-card.css'
import { TIANJIN_BOUNDS } from '../../map/camera/camera.ts'
import { normaliseEmbedSearch } from './embed-search.ts'
import { fitCamera } from './fit-camera.ts'

applyPageTheme()

/** Rewrites the embed's URL shorthands and adds the default camera, before the view is read. */
function prepareUrl(sectors: readonly Sector[]): void {
  const { pathname, hash } = window.location
  const params = new URLSearchParams(normaliseEmbedSearch(window.location.search, sectors))
  // All of Tianjin, below the embed's title bar (the app's first view has side panels instead).
  if (!params.has('c') || !params.has('z')) {
    const padding = { top: 60, right: 16, bottom: 24, left: 16 }
    const camera = fitCamera(TIANJIN_BOUNDS, window.innerWidth, window.innerHeight, padding)
    params.set('c', `${camera.center[0].toFixed(4)},${camera.center[1].toFixed(4)}`)
    params.set('z', camera.zoom.toFixed(2))
  }
  window.history.replaceState(window.history.state, '', `${pathname}${queryString(params)}${hash}`)
}

const root = document.getElementById('root')
if (!root) throw new Error('embed.html has no #root')
const queryClient = createQueryClient()
const sectors = await queryClient.fetchQuery(sectorListQuery()).catch((): Sector[] => [])
prepareUrl(sectors)
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ViewStoreProvider store={createViewStore(window, CORE_VIEW_URL)}>
        <EmbedApp />
      </ViewStoreProvider>
    </QueryClientProvider>
  </StrictMode>,
)
