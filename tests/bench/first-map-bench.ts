import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../e2e/browser.ts'
import { startServer } from '../e2e/server.ts'
import { ROOT } from '../e2e/web-build.ts'
import { median } from './quantile.ts'

/** Runs per page, each in a fresh browser context (no cache), alternating app and anchor. */
const RUNS = 5
const READY_TIMEOUT_MS = 120_000
const WEB_DIR = join(ROOT, 'dist/web')
/** Where the anchor page is copied into the build for the run (removed afterwards). */
const ANCHOR_DIR = '__bench-bare-map'
const MAPLIBRE_DIST = join(ROOT, 'node_modules/maplibre-gl/dist')

export interface PageRun {
  /** Navigation start → `data-ready="true"`, ms (the page's own clock). */
  readyMs: number
  /**
   * Navigation start → `data-labels-ready="true"` (the second stage: labels, counts, badges,
   * context lines), ms; null on a page without that stage (the bare page).
   */
  labelsMs: number | null
  /** Navigation start → the app's header mounted (its panels follow the map), ms; null elsewhere. */
  panelsMs: number | null
  /** Paths of the scripts the page fetched before it was ready (the map's worker excluded). */
  scripts: string[]
}

export interface FirstMapFigures {
  appMs: number
  embedMs: number
  /** Medians of navigation → `data-labels-ready` (the map complete with its labels). */
  appLabelsMs: number
  embedLabelsMs: number
  /** Median of navigation → the app's panels mounted. */
  appPanelsMs: number
  bareMs: number
  /** gzip -9 bytes of the JS each page loaded before `data-ready`. */
  appJsGz: number
  embedJsGz: number
  /** gzip -9 bytes of `maplibre-gl/dist/maplibre-gl.mjs` (the worker is not counted on either side). */
  maplibreGz: number
}

/** The page's DOM, as far as the ready check needs it (tests have no DOM types). */
type Dom = { document: { querySelector(selector: string): unknown } }

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const isWorker = (path: string) => /maplibre-gl-worker/.test(path)

/** Page script noting when the app's header first appears (`HEADER_SEEN` reads it, or null). */
const WATCH_HEADER = `new MutationObserver((_, observer) => {
  if (!document.querySelector('.app-header')) return
  window.__headerSeenMs = performance.now()
  observer.disconnect()
}).observe(document, { subtree: true, childList: true })`
const HEADER_SEEN = 'window.__headerSeenMs ?? null'

/** One navigation in a fresh context: time to the map's `data-ready` and the scripts it took. */
async function timeRun(browser: Browser, url: string): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return
      const path = new URL(request.url()).pathname
      if (!isWorker(path)) scripts.push(path)
    })
    await page.addInitScript(WATCH_HEADER)
    await page.goto(url, { waitUntil: 'commit' })
    const ready = await page.waitForFunction(
      () =>
        (globalThis as unknown as Dom).document.querySelector('[data-ready="true"]') &&
        performance.now(),
      undefined,
      { timeout: READY_TIMEOUT_MS, polling: 'raf' },
    )
    const readyMs = (await ready.jsonValue()) as number
    const before = [...new Set(scripts)]
    const staged = await page.$('[data-labels-ready]')
    const labels = staged
      ? await page.waitForFunction(
          () =>
            (globalThis as unknown as Dom).document.querySelector('[data-labels-ready="true"]') &&
            performance.now(),
          undefined,
          { timeout: READY_TIMEOUT_MS, polling: 'raf' },
        )
      : null
    const labelsMs = labels ? ((await labels.jsonValue()) as number) : null
    const panelsMs = (await page.evaluate(HEADER_SEEN)) as number | null
    return { readyMs, labelsMs, panelsMs, scripts: before }
  } finally {
    await context.close()
  }
}

/** Copies the bare MapLibre page and maplibre-gl's dist files into the build. */
function installAnchor(): void {
  const dir = join(WEB_DIR, ANCHOR_DIR)
  mkdirSync(dir, { recursive: true })
  cpSync(new URL('./bare-map/', import.meta.url).pathname, dir, { recursive: true })
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    cpSync(join(MAPLIBRE_DIST, file), join(dir, file))
  }
}

/**
 * The first-map bench: the built server (shipped data, `dist/web`) on loopback serves the app,
 * the embed and a bare MapLibre page drawing the same districts, parks and sites from the same
 * API; headless Chromium (SwiftShader) opens each `RUNS` times in alternation, a fresh context
 * per run, and the medians of navigation → `data-ready` are compared. The JS each page loaded
 * before it was ready is gzipped (level 9) and compared with maplibre-gl's own bundle.
 */
export async function runFirstMapBench(): Promise<FirstMapFigures> {
  const server = await startServer()
  installAnchor()
  const browser = await launchBrowser()
  try {
    const pages = {
      app: `${server.baseUrl}/?lang=zh`,
      embed: `${server.baseUrl}/embed?lang=zh`,
      bare: `${server.baseUrl}/${ANCHOR_DIR}/index.html`,
    }
    const runs: Record<keyof typeof pages, PageRun[]> = { app: [], embed: [], bare: [] }
    // A warm-up of each (server caches, Chromium's shader compiler), not counted.
    for (const url of Object.values(pages)) await timeRun(browser, url)
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
        runs[name].push(await timeRun(browser, url))
      }
      console.error(`bench: first map run ${i + 1}/${RUNS}`)
    }
    const jsGz = (run: PageRun | undefined) =>
      (run?.scripts ?? []).reduce((sum, path) => sum + gzipBytes(join(WEB_DIR, path)), 0)
    return {
      appMs: median(runs.app.map((r) => r.readyMs)),
      embedMs: median(runs.embed.map((r) => r.readyMs)),
      appLabelsMs: median(runs.app.map((r) => r.labelsMs ?? Number.NaN)),
      embedLabelsMs: median(runs.embed.map((r) => r.labelsMs ?? Number.NaN)),
      appPanelsMs: median(runs.app.map((r) => r.panelsMs ?? Number.NaN)),
      bareMs: median(runs.bare.map((r) => r.readyMs)),
      appJsGz: jsGz(runs.app[0]),
      embedJsGz: jsGz(runs.embed[0]),
      maplibreGz: gzipBytes(join(MAPLIBRE_DIST, 'maplibre-gl.mjs')),
    }
  } finally {
    await browser.close()
    rmSync(join(WEB_DIR, ANCHOR_DIR), { recursive: true, force: true })
    await server.stop()
  }
}
