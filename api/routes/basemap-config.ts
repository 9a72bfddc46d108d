/**
 * Reads `BASEMAP_STYLE_URL`: an online or self-hosted MapLibre style the app draws under the
 * project's layers instead of its offline basemap (`parseServerConfig` reads it; unset = off).
 * Throws on anything but an absolute http(s) URL without credentials — the server then names
 * the variable and exits before listening.
 *
 * @example parseBasemapStyleUrl('https://tiles.example.org/styles/light.json') // 'https://tiles.example.org/styles/light.json'
 */
export function parseBasemapStyleUrl(value: string): string | null {
  const text = value.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error('must be an absolute http(s) URL such as https://tiles.example.org/style.json')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('must be an http(s) URL')
  }
  if (url.username || url.password) {
    throw new Error('must carry no credentials (it is sent to every browser)')
  }
  return url.href
}

/** The CSP sources a configured basemap needs: its origin only (none when off). */
export function basemapSources(styleUrl: string | null): string[] {
  return styleUrl ? [new URL(styleUrl).origin] : []
}
