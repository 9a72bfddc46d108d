import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Never inline fonts as data: URLs — the CSP allows fonts from the origin only.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    // Three pages: the app, the public embed (/embed) and the printable brief (/brief).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./web/embed.html', import.meta.url)),
        brief: fileURLToPath(new URL('./web/brief.html', import.meta.url)),
      },
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
