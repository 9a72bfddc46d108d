import { describe, expect, it } from 'vitest'
import { mainChainId } from '../../../web/lib/places/main-chain.ts'
import { parseBriefParams } from '../../../web/shells/brief/brief-params.ts'
import { truncateText } from '../../../web/shells/brief/truncate.ts'

const CHAINS = [
  { id: 'chain-new-energy', sectors: ['new-energy', 'wind', 'li-battery'] },
  { id: 'chain-biomedicine', sectors: ['biomedicine'] },
  { id: 'li-battery', sectors: ['li-battery'] },
  { id: 'nev', sectors: ['nev'] },
]

describe('brief helpers', () => {
  it('reads a park, a site or a point, with language, radius and chain', () => {
    expect(parseBriefParams('?park=teda&lang=en', 'zh')).toEqual({
      target: { kind: 'park', id: 'teda' },
      lang: 'en',
      radiusKm: 10,
      chainId: null,
    })
    expect(parseBriefParams('?site=catarc&radius_km=15&chain=nev', 'zh').target).toEqual({
      kind: 'site',
      id: 'catarc',
    })
    expect(parseBriefParams('?lng=117.65&lat=39.03', 'zh').target).toEqual({
      kind: 'point',
      lngLat: [117.65, 39.03],
    })
  })

  it('falls back to defaults on malformed input', () => {
    const params = parseBriefParams('?park=../etc&lng=200&lat=39&radius_km=500&lang=fr', 'zh')
    expect(params).toEqual({ target: null, lang: 'zh', radiusKm: 10, chainId: null })
  })

  it('picks the main chain from the first link, then the field of the first sector, then any chain of it', () => {
    expect(mainChainId({ chain_links: ['nev/buses'], sectors: ['li-battery'] }, CHAINS)).toBe('nev')
    expect(mainChainId({ chain_links: [], sectors: ['li-battery'] }, CHAINS)).toBe('li-battery')
    expect(mainChainId({ chain_links: [], sectors: ['wind'] }, CHAINS)).toBe('chain-new-energy')
    expect(mainChainId({ chain_links: [], sectors: ['metallurgy'] }, CHAINS)).toBeNull()
  })

  it('cuts long quotes to a fixed number of characters with an ellipsis', () => {
    expect(truncateText('一二三四五', 3)).toEqual({ text: '一二…', cut: true })
    expect(truncateText(' 一二三 ', 3)).toEqual({ text: '一二三', cut: false })
  })
})
