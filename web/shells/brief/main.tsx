import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '../../lib/api/query-client.ts'
import { detectLang } from '../../lib/i18n/lang.ts'
import { LangProvider } from '../../lib/i18n/lang-context.tsx'
import '../../lib/ui/base.css'
import '../../lib/ui/panel.css'
import '../../lib/ui/controls.css'
import { applyPageTheme } from '../../lib/theme/theme-css.ts'
import { BriefApp } from './brief-app.tsx'
import { parseBriefParams } from './brief-params.ts'
import './brief-page.css'
import './brief-top.css'
import './brief-clauses-chain.css'

applyPageTheme()

const root = document.getElementById('root')
if (!root) throw new Error('brief.html has no #root')
const params = parseBriefParams(
  window.location.search,
  detectLang(navigator.languages ?? [navigator.language]),
)
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <LangProvider lang={params.lang}>
        <BriefApp params={params} />
      </LangProvider>
    </QueryClientProvider>
  </StrictMode>,
)
