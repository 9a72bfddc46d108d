import { describe, expect, it } from 'vitest'
import { tourKeyAction } from '../../web/features/tour/tour-keys.ts'
import { APP_VIEW_URL } from '../../web/shells/app/app-view-url.ts'

const { parse: parseViewUrl, serialize: serializeViewUrl } = APP_VIEW_URL

describe('profile, comparison and tour in the URL', () => {
  it('round-trips an open profile, three compared parks with a chain, and a presented tour', () => {
    const search =
      '?lang=en&profile=teda&cmp=teda,nangang-industrial-zone,beichen-pv-demo-park&cmpchain=wind&tour=ne18-fields&stop=3&present=1'
    const view = parseViewUrl(search, 'zh')
    expect(view.profile).toBe('teda')
    expect(view.compare).toEqual({
      parks: ['teda', 'nangang-industrial-zone', 'beichen-pv-demo-park'],
      chain: 'wind',
    })
    expect(view.tour).toEqual({ id: 'ne18-fields', stop: 3, presenting: true })
    expect(parseViewUrl(serializeViewUrl(view), 'zh')).toEqual(view)
  })

  it('drops malformed ids, duplicates and parks beyond three', () => {
    const view = parseViewUrl(
      '?profile=Not%20an%20id&cmp=a,a,B,b,c,d&tour=ne18-fields&stop=x',
      'en',
    )
    expect(view.profile).toBeUndefined()
    expect(view.compare?.parks).toEqual(['a', 'b', 'c'])
    expect(view.tour).toEqual({ id: 'ne18-fields', stop: 1, presenting: false })
  })

  it('writes nothing of them when they are closed', () => {
    const query = serializeViewUrl({
      ...parseViewUrl('?lang=en', 'en'),
      profile: null,
      compare: null,
      tour: null,
    })
    expect(query).toBe('?lang=en')
  })
})

describe('tour keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Escape', 'exit'],
    ['Enter', null],
  ])('maps %j to %s', (key, action) => {
    expect(tourKeyAction(key)).toBe(action)
  })
})
