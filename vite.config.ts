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
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
})
