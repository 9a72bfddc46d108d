import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '../../lib/api/query-client.ts'
import { ViewStoreProvider } from '../../lib/url/view-context.tsx'
import { createViewStore } from '../../lib/url/view-store.ts'
import { App } from './app.tsx'
import { APP_VIEW_URL } from './app-view-url.ts'
import '../../lib/ui/base.css'
import '../../lib/ui/panel.css'
import '../../lib/ui/controls.css'
import { applyPageTheme } from '../../lib/theme/theme-css.ts'

applyPageTheme()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ViewStoreProvider store={createViewStore(window, APP_VIEW_URL)}>
        <App />
      </ViewStoreProvider>
    </QueryClientProvider>
  </StrictMode>,
)
