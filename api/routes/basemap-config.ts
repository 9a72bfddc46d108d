/**
 * Reads `BASEMAP_STYLE_URL`: an online or self-hosted MapLibre style the app draws under the
 * project's layers instead of its offline basemap. Off (null) when unset or blank. Throws,
 * naming the variable, on anything but an absolute http(s) URL without credentials — the
 * server then exits before listening.
 *
 * @example parseBasemapStyleUrl('https://tiles.example.org/styles/light.json') // 'https://tiles.example.org/styles/light.json'
 */
export function parseBasemapStyleUrl(value: string | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(
      `BASEMAP_STYLE_URL: "${text}" is not a URL (expected e.g. https://tiles.example.org/style.json)`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`BASEMAP_STYLE_URL: expected an http(s) URL, got "${url.protocol}"`)
  }
  if (url.username || url.password) {
    throw new Error(
      'BASEMAP_STYLE_URL: put no credentials in the URL (it is sent to every browser)',
    )
  }
  return url.href
}

/** The CSP sources a configured basemap needs: its origin only (none when off). */
export function basemapSources(styleUrl: string | null): string[] {
  return styleUrl ? [new URL(styleUrl).origin] : []
}
