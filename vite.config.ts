import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { fontSubsetPlugin } from './scripts/font-subset/vite-font-subset.ts'
import { embedBuildPlugin } from './scripts/vite-embed-build.ts'
import { firstMapPreloadPlugin } from './scripts/vite-first-map-preload.ts'

const ROOT = fileURLToPath(new URL('.', import.meta.url))
const page = (name: string) => fileURLToPath(new URL(`./web/${name}.html`, import.meta.url))

/**
 * Every page build's plugins (fresh instances each time): the app and embed pages preload the
 * first map's data. The Noto Sans SC subset is cut from the data and UI once, by the app's
 * build (and the dev server): the embed's build runs after it and finds the subset written.
 */
const pagePlugins = () => [react(), firstMapPreloadPlugin()]

const pageBuild = {
  outDir: '../dist/web',
  chunkSizeWarningLimit: 2000,
  // Never inline fonts as data: URLs — the CSP allows fonts from the origin only.
  assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
}

export default defineConfig({
  root: 'web',
  // Three pages: the app, the printable brief (/brief), and — built after them, on Preact —
  // the public embed (/embed).
  plugins: [
    fontSubsetPlugin(ROOT),
    ...pagePlugins(),
    embedBuildPlugin(() => ({
      root: fileURLToPath(new URL('./web', import.meta.url)),
      plugins: pagePlugins(),
      build: { ...pageBuild, rollupOptions: { input: { embed: page('embed') } } },
    })),
  ],
  build: {
    ...pageBuild,
    emptyOutDir: true,
    rollupOptions: {
      input: { index: page('index'), brief: page('brief') },
      // The embed's whole build runs inside this one's last callback: not a slow plugin.
      checks: { bundlerTimings: false },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
  test: {
    root: '.',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Unit/API/data tests run in parallel first; then the reliability suite (servers, signals,
    // load, time bounds) one file at a time; then the browser journeys one file at a time
    // (software WebGL on two cores times out when several Chromiums render at once).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/store/**', 'tests/reliability/**'],
          // test servers start from a copy of one initialised embedded database
          globalSetup: ['tests/support/pglite-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // Database tests: one throw-away PostgreSQL and one PGlite template per run.
          name: 'store',
          include: ['tests/store/**/*.test.ts'],
          globalSetup: ['tests/store/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          globalSetup: ['tests/support/pglite-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/pglite-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
