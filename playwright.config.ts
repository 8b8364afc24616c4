import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3210)
export const baseURL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: 'tests/e2e',
  // Keyed by port like the rest of a run's state, so two runs never wipe each other's traces.
  outputDir: `.data/e2e-${PORT}-results`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.reports/e2e.json' }]] : [['list']],
  use: { baseURL, trace: 'retain-on-failure', locale: 'de-DE' },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npm run build --silent && tsx tests/e2e/support/serve.ts',
    url: `${baseURL}/readyz`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    // Everything of a run is keyed by its port, so two runs on one machine never share state.
    env: { PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: `.data/e2e-${PORT}`, BUILD_DIR: `.data/e2e-${PORT}-build` },
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
