import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { notoSansScCss } from '../fonts/noto-sans-sc.ts'
import { detectLang } from '../i18n/lang.ts'
import { createQueryClient } from '../queries/query-client.ts'
import '../styles.css'
import { applyThemeCss } from '../theme-css.ts'
import { BriefApp } from './brief-app.tsx'
import { parseBriefParams } from './brief-params.ts'
import './brief.css'

applyThemeCss()
const fontStyle = document.createElement('style')
fontStyle.textContent = notoSansScCss()
document.head.append(fontStyle)

const root = document.getElementById('root')
if (!root) throw new Error('brief.html has no #root')
const params = parseBriefParams(
  window.location.search,
  detectLang(navigator.languages ?? [navigator.language]),
)
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BriefApp params={params} />
    </QueryClientProvider>
  </StrictMode>,
)
