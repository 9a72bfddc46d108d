import { describe, expect, it } from 'vitest'
import { ifMatchVersion, placeEtag } from '../../../api/routes/curation/place-etag.ts'

describe('place ETags', () => {
  const etag = placeEtag('site', 'nankai-university', 3, 'e1bCoV6hp43X.7')

  it('name kind, id, place version and data version', () => {
    expect(etag).toBe('"site:nankai-university:3:e1bCoV6hp43X.7"')
  })

  it('give back the place version from If-Match, compressed and weak variants included', () => {
    expect(ifMatchVersion(etag, 'site', 'nankai-university')).toBe(3)
    expect(ifMatchVersion(etag.replace(/"$/, '-br"'), 'site', 'nankai-university')).toBe(3)
    expect(ifMatchVersion(`W/${etag.replace(/"$/, '-gz"')}`, 'site', 'nankai-university')).toBe(3)
    expect(ifMatchVersion(`"x", ${etag}`, 'site', 'nankai-university')).toBe(3)
  })

  it('count a missing header or * as missing, and another place or junk as other', () => {
    expect(ifMatchVersion(undefined, 'site', 'nankai-university')).toBe('missing')
    expect(ifMatchVersion(' * ', 'site', 'nankai-university')).toBe('missing')
    expect(ifMatchVersion(etag, 'park', 'nankai-university')).toBe('other')
    expect(ifMatchVersion(etag, 'site', 'tianjin-yinlong')).toBe('other')
    expect(ifMatchVersion('"a1b2c3"', 'site', 'nankai-university')).toBe('other')
    expect(ifMatchVersion('"site:nankai-university:-1:x"', 'site', 'nankai-university')).toBe(
      'other',
    )
  })
})
