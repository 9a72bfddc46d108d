import { describe, expect, it } from 'vitest'
import {
  type AnalysisView,
  DEFAULT_ANALYSIS,
  parseAnalysisParams,
  parseSubject,
} from '../../../web/features/analysis/analysis-url.ts'
import type { ViewState } from '../../../web/lib/url/view-url.ts'
import { APP_VIEW_URL } from '../../../web/shells/app/app-view-url.ts'

const { parse: parseViewUrl, serialize: serializeViewUrl } = APP_VIEW_URL

const ANALYSIS: AnalysisView = {
  mode: 'chain',
  subject: { kind: 'park', id: 'baodi-li-battery-base' },
  radiusKm: 12.5,
  sector: 'li-battery',
  k: 7,
  chain: 'li-battery',
  epsKm: 4,
  minPoints: 2,
  candidates: [
    { kind: 'point', at: [117.2, 39.13] },
    { kind: 'site', id: 'tianjin-lishen-battery' },
  ],
}
const VIEW: ViewState = {
  lang: 'zh',
  camera: null,
  hiddenSectors: [],
  filters: { status: null, plan: null, district: null },
  selection: null,
  analysis: ANALYSIS,
}

describe('the analysis in the view URL', () => {
  it('round-trips every setting of an analysis through the query string', () => {
    expect(parseViewUrl(serializeViewUrl(VIEW), 'en').analysis).toEqual(ANALYSIS)
  })

  it('leaves the URL without analysis parameters when the panel is closed', () => {
    const url = serializeViewUrl({ ...VIEW, analysis: null }, '?analysis=radius&radius=3&debug=1')
    expect(url).toBe('?debug=1&lang=zh')
    expect(parseViewUrl(url, 'zh')).not.toHaveProperty('analysis')
  })

  it('clamps the radius to 0.5–50 km and falls back to defaults for malformed values', () => {
    const view = parseAnalysisParams(
      new URLSearchParams(
        'analysis=bogus&radius=900&k=x&chain=Bad Id&subject=pt:500,1&cand=park:teda;x',
      ),
    )
    expect(view).toEqual({
      ...DEFAULT_ANALYSIS,
      radiusKm: 50,
      candidates: [{ kind: 'park', id: 'teda' }],
    })
  })

  it('keeps at most three candidates', () => {
    const cand = ['a', 'b', 'c', 'd'].map((id) => `site:${id}`).join(';')
    expect(
      parseAnalysisParams(new URLSearchParams(`analysis=compare&cand=${cand}`))?.candidates,
    ).toHaveLength(3)
  })

  it('reads point subjects as [lng, lat] and rejects anything else', () => {
    expect(parseSubject('pt:117.2,39.13')).toEqual({ kind: 'point', at: [117.2, 39.13] })
    expect(parseSubject('pt:117.2,39.13,4')).toBeNull()
    expect(parseSubject('district:120116')).toBeNull()
  })
})
