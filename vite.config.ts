import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import tsconfigPaths from 'vite-tsconfig-paths'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  server: { port: 3000 },
  build: { target: 'es2022' },
  plugins: [
    !process.env.VITEST &&
      remix({
        // The end-to-end run builds into its own folder, so a build elsewhere never swaps its assets.
        buildDirectory: process.env.BUILD_DIR ?? 'build',
        ignoredRouteFiles: ['**/*.test.ts', '**/*.test.tsx', '**/*.css'],
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
    tsconfigPaths(),
  ],
})
