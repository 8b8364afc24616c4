import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// DESIGN.md: server/ → app/routes → app/modules → db/, search/. Tests may import anything.
const root = resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** Imports of a file as repository paths (value imports only unless `withTypes`). */
function importsOf(file: string, withTypes: boolean): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: string[] = []
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm
  for (const match of text.matchAll(pattern)) {
    if (match[2] && !withTypes) continue
    const spec = match[3]
    if (spec.startsWith('~/')) found.push(join('app', spec.slice(2)))
    else if (spec.startsWith('.')) found.push(relative(root, resolve(join(root, file, '..'), spec)))
  }
  return found
}

const violations = (dirs: string[], isForbidden: (target: string) => boolean, withTypes = true) =>
  dirs.flatMap((dir) => sourceFiles(dir).flatMap((f) => importsOf(f, withTypes).filter(isForbidden).map((t) => `${f} → ${t}`)))

describe('dependency direction', () => {
  it('keeps db/ free of imports from the rest of the project', () => {
    expect(violations(['db'], (t) => !t.startsWith('db') && !t.startsWith('values'))).toEqual([])
  })

  it('lets search/ import only types from db/', () => {
    expect(violations(['search'], (t) => !t.startsWith('search') && !t.startsWith('values'), false)).toEqual([])
    expect(violations(['search'], (t) => !t.startsWith('search') && !t.startsWith('db') && !t.startsWith('values'))).toEqual([])
  })

  it('keeps app/modules away from routes, components and the server', () => {
    expect(
      violations(['app/modules'], (t) => t.startsWith('app/routes') || t.startsWith('app/components') || t.startsWith('server')),
    ).toEqual([])
  })

  it('never imports app/routes from anywhere but the route files themselves', () => {
    expect(violations(['app/components', 'app/modules', 'app/utils', 'server', 'db', 'search'], (t) => t.startsWith('app/routes'))).toEqual([])
  })

  it('lets components import only types and client-safe code', () => {
    expect(violations(['app/components'], (t) => t.startsWith('db') || t.startsWith('search') || t.endsWith('.server'), false)).toEqual([])
  })
})
