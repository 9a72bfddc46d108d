import { describe, expect, it } from 'vitest'
import {
  CORE_VIEW_URL,
  NO_FILTERS,
  sameCamera,
  type ViewState,
} from '../../web/lib/url/view-url.ts'

const { parse: parseViewUrl, serialize: serializeViewUrl } = CORE_VIEW_URL

const VIEW: ViewState = {
  lang: 'en',
  camera: { center: [117.123456, 39.087654], zoom: 9.876 },
  hiddenSectors: ['wind', 'hydrogen'],
  filters: { status: 'operating', plan: 'ne18', district: '120116' },
  selection: { kind: 'site', id: 'tianjin-lishen-battery' },
}

describe('the view URL', () => {
  it('round-trips every part of the view, camera rounded to ~10 m', () => {
    const parsed = parseViewUrl(serializeViewUrl(VIEW), 'zh')
    expect(parsed).toEqual({
      ...VIEW,
      camera: { center: [117.1235, 39.0877], zoom: 9.88 },
      hiddenSectors: ['hydrogen', 'wind'],
    })
  })

  it('is readable: plain commas and colons, sectors sorted', () => {
    expect(serializeViewUrl(VIEW)).toBe(
      '?lang=en&c=117.1235,39.0877&z=9.88&off=hydrogen,wind&status=operating&plan=ne18&district=120116&sel=site:tianjin-lishen-battery',
    )
  })

  it('falls back to defaults for missing or malformed values', () => {
    const view = parseViewUrl(
      '?lang=fr&c=500,1&z=9&off=Wind,ok-id&status=done&plan=x&district=110000&sel=shop:a',
      'zh',
    )
    expect(view).toEqual({
      lang: 'zh',
      camera: null,
      hiddenSectors: ['ok-id'],
      filters: NO_FILTERS,
      selection: null,
    })
  })

  it('keeps parameters it does not own, such as debug', () => {
    expect(serializeViewUrl({ ...VIEW, camera: null }, '?debug=1&lang=zh')).toMatch(
      /^\?debug=1&lang=en/,
    )
  })

  it('treats cameras that round to the same URL as the same', () => {
    expect(
      sameCamera(
        { center: [117.12341, 39.1], zoom: 9 },
        { center: [117.12344, 39.1], zoom: 9.001 },
      ),
    ).toBe(true)
    expect(
      sameCamera({ center: [117.1234, 39.1], zoom: 9 }, { center: [117.1244, 39.1], zoom: 9 }),
    ).toBe(false)
    expect(sameCamera(null, null)).toBe(true)
  })
})
