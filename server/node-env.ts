// Imported first by server/main.ts: React and Remix pick their build by NODE_ENV when first loaded, so the
// built server must say "production" before anything else runs. `--dev` (Vite) keeps development.
process.env.NODE_ENV ??= process.argv.includes('--dev') ? 'development' : 'production'
