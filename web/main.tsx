import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { notoSansScCss } from './fonts/noto-sans-sc.ts'
import { createQueryClient } from './queries/query-client.ts'
import { ViewStoreProvider } from './state/view-context.tsx'
import { createViewStore } from './state/view-store.ts'
import './styles.css'
import { applyThemeCss } from './theme-css.ts'

applyThemeCss()
const fontStyle = document.createElement('style')
fontStyle.textContent = notoSansScCss()
document.head.append(fontStyle)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ViewStoreProvider store={createViewStore(window)}>
        <App />
      </ViewStoreProvider>
    </QueryClientProvider>
  </StrictMode>,
)
