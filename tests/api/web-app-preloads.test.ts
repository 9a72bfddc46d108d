import { describe, expect, it } from 'vitest'
import { withoutPreloads } from '../../api/routes/web-app.ts'

const PAGE = `<head>
    <link rel="preload" href="/api/config" as="fetch" crossorigin="">
    <link rel="preload" href="/api/sites" as="fetch" crossorigin="">
    <link rel="preload" href="/api/sites/extra" as="fetch" crossorigin="">
    <link rel="modulepreload" href="/assets/app.js">
</head>`

describe('withoutPreloads', () => {
  it('takes out exactly the named API preloads and keeps every other link', () => {
    const html = withoutPreloads(PAGE, ['/api/sites'])
    expect(html).not.toContain('href="/api/sites" as="fetch"')
    expect(html).toContain('href="/api/config"')
    expect(html).toContain('href="/api/sites/extra"')
    expect(html).toContain('rel="modulepreload"')
  })

  it('leaves the page as it is when nothing is to be skipped', () => {
    expect(withoutPreloads(PAGE, [])).toBe(PAGE)
  })
})
