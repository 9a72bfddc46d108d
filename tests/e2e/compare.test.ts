import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fetchApi } from './api-data.ts'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'
import { showcase } from './profile-tour-driver.ts'

const app = setupMapApp()

interface ChainResult {
  present_links: number
  total_links: number
}
interface Chain {
  id: string
  sectors: string[]
}

const chainScore = (parkId: string, chain: string) =>
  fetchApi<ChainResult>(
    app.baseUrl,
    `/analysis/chain-completeness?chain=${chain}&park=${parkId}&radius_km=10`,
  )

/** An attribute of every element a locator matches. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await locator.all()).map((item) => item.getAttribute(name)))
}

describe('comparing parks', { timeout: JOURNEY_MS }, () => {
  it('stays folded when the second park is added, leaving the search free for a third, and opens when asked', async () => {
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=en&sel=park:nangang-industrial-zone&cmp=teda')
    await map.details().getByTestId('compare-add').click()
    await expect.poll(() => map.page.url()).toContain('cmp=teda,nangang-industrial-zone')
    await map.page.waitForTimeout(500)
    expect(await s.compare().getAttribute('data-mode')).toBe('tray')

    await map.page.getByTestId('compare-expand').click()
    await map.page.locator('[data-testid="compare-panel"][data-mode="table"]').waitFor()
    expect(await attributes(s.compare().locator('thead th'), 'data-park-id')).toEqual([
      'teda',
      'nangang-industrial-zone',
    ])
    const results = await map.search('Beichen')
    expect(results.length).toBeGreaterThan(0)
    const first = map.page.getByTestId('search-result').first()
    expect(await map.isOnTop(first), 'the comparison covers the search results').toBe(true)

    await map.chooseSearchResult('park:beichen-medical-valley')
    await expect.poll(() => s.compare().getAttribute('data-mode')).toBe('tray')
    await map.details().getByTestId('compare-add').click()
    await expect
      .poll(() => map.page.url())
      .toContain('cmp=teda,nangang-industrial-zone,beichen-medical-valley')
    expect(await s.compare().getAttribute('data-mode')).toBe('tray')
  })

  it('scores each park on its own main chain unless one chain is chosen, and says what each row measures', async () => {
    const chains = await fetchApi<{ chains: Chain[] }>(app.baseUrl, '/chains')
    const map = await app.open()
    const s = showcase(map)
    await map.openApp('?lang=en&cmp=teda,nangang-industrial-zone')
    const scores = s.compare().getByTestId('compare-chain-score')
    await expect.poll(() => scores.count()).toBe(2)
    const [tedaChain, nangangChain] = await attributes(scores, 'data-chain-id')
    expect(tedaChain).toBe('nev')
    expect(nangangChain).not.toBe('nev')
    const nangangSectors = chains.chains.find((c) => c.id === nangangChain)?.sectors ?? []
    expect(nangangSectors.some((id) => ['petrochemical', 'new-materials'].includes(id))).toBe(true)
    const own = await chainScore('nangang-industrial-zone', nangangChain ?? '')
    expect(await scores.nth(1).textContent()).toBe(`${own.present_links}/${own.total_links} links`)
    expect(await s.compare().getByTestId('compare-chain-select').inputValue()).toBe('')

    const row = (id: string) => s.compare().locator(`tr[data-row="${id}"] th`)
    expect(await row('extent').getByTestId('compare-qualifier').textContent()).toContain('outline')
    expect(await row('port').getByTestId('compare-qualifier').textContent()).toContain(
      'straight line',
    )
    expect(await row('chain').getByTestId('compare-qualifier').textContent()).toContain('10 km')

    await s.compare().getByTestId('compare-chain-select').selectOption('chain-green-petrochem')
    const [teda, nangang] = await Promise.all([
      chainScore('teda', 'chain-green-petrochem'),
      chainScore('nangang-industrial-zone', 'chain-green-petrochem'),
    ])
    await expect
      .poll(() => scores.allTextContents())
      .toEqual([
        `${teda.present_links}/${teda.total_links} links`,
        `${nangang.present_links}/${nangang.total_links} links`,
      ])
    expect(map.page.url()).toContain('cmpchain=chain-green-petrochem')
    const row2 = s.compare().locator('tr[data-row="district"]')
    expect(await row2.getAttribute('data-differs')).toBe('false')

    await s.compare().getByTestId('compare-remove').first().click()
    await expect.poll(() => s.compare().getAttribute('data-mode')).toBe('tray')
    expect(await s.compare().locator('[data-park-id]').count()).toBe(1)
  })
})
