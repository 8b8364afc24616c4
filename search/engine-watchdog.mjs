// Runs Meilisearch for a parent process and ends it when that parent is gone, however it died:
// Linux's PR_SET_PDEATHSIG is out of reach from Node, so the parent holds the write end of this
// process's stdin, which the kernel closes when the parent exits, even on SIGKILL.
// Usage: node engine-watchdog.mjs <pid file> <meilisearch binary> [engine arguments…]
// Writes the engine's pid to the pid file; exits with the engine, with its exit code.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { setInterval, setTimeout } from 'node:timers'

const [pidFile, binary, ...args] = process.argv.slice(2)
const parent = process.ppid
const engine = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] })
if (engine.pid) writeFileSync(pidFile, `${engine.pid}\n`)

let ending = false
function endEngine() {
  if (ending) return
  ending = true
  engine.kill('SIGTERM')
  setTimeout(() => engine.kill('SIGKILL'), 5_000).unref()
}

process.stdin.on('end', endEngine)
process.stdin.on('error', endEngine)
process.stdin.resume()
// Belt and braces: a parent that handed its stdin pipe on would still be noticed by its pid.
setInterval(() => process.ppid !== parent && endEngine(), 1_000).unref()
process.on('SIGTERM', endEngine)
process.on('SIGINT', endEngine)

engine.on('error', (error) => {
  console.error(`Meilisearch could not start: ${error.message}`)
  process.exit(1)
})
engine.on('exit', (code, signal) => {
  try {
    if (readFileSync(pidFile, 'utf8').trim() === String(engine.pid)) rmSync(pidFile, { force: true })
  } catch {
    // already gone
  }
  if (signal) console.error(`Meilisearch ended by ${signal}`)
  process.exit(code ?? 1)
})
