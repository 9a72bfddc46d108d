import { describe, expect, it } from 'vitest'
import { JOURNEY_MS, setupMapApp } from './e2e-setup.ts'

const app = setupMapApp()

describe('the "Embed this map" dialog', { timeout: JOURNEY_MS }, () => {
  it('gives an iframe snippet and a preview of /embed at the current view', async () => {
    const map = await app.open()
    await map.openApp('?lang=en&c=117.2,39.13&z=10&off=wind&sel=park:teda')
    await map.page.getByTestId('embed-button').click()
    const dialog = map.page.getByTestId('embed-dialog')
    await dialog.waitFor()
    const snippet = await map.page.getByTestId('embed-snippet').inputValue()
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? ''
    const url = new URL(src)
    expect(url.origin).toBe(app.baseUrl)
    expect(url.pathname).toBe('/embed')
    expect(url.searchParams.get('lang')).toBe('en')
    expect(url.searchParams.get('c')).toBe('117.2000,39.1300')
    expect(url.searchParams.get('z')).toBe('10.00')
    expect(url.searchParams.get('off')).toBe('wind')
    expect(url.searchParams.get('sel')).toBe('park:teda')
    expect(snippet).toMatch(
      /width="100%" height="480" style="border:0" loading="lazy" title="[^"]+" allow="fullscreen"><\/iframe>$/,
    )
    expect(await map.page.getByTestId('embed-preview').getAttribute('href')).toBe(src)
    await dialog.getByRole('checkbox').check()
    const listSnippet = await map.page.getByTestId('embed-snippet').inputValue()
    expect(listSnippet).toContain('view=list')
    await map.page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
  })
})
