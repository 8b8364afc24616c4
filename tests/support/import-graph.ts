import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/* The project's imports as data, for the dependency test: which file imports what, and whether only types. */

export const root = resolve(__dirname, '../..')

export interface Import {
  file: string
  /** As written: a package name, `~/…` or a relative path. */
  spec: string
  /** A repository path without extension, or null for a package. */
  target: string | null
  typeOnly: boolean
}

const isTest = (name: string) => /\.test\.tsx?$|\.test-helper\.tsx?$/.test(name)

/** Source files under `dir` (tests and test helpers left out: tests may import anything). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return name === 'migrations' || name === 'node_modules' ? [] : sourceFiles(path)
    return /\.(ts|tsx|mjs)$/.test(name) && !isTest(name) ? [path] : []
  })
}

/** `import x, { a, type b } from '…'`, `export * as n from '…'`: a clause, then `from`. */
const STATIC = /^\s*(import|export)\s+(type\s+)?((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+))\s*from\s+['"]([^'"]+)['"]/gm
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

function targetOf(file: string, spec: string): string | null {
  const path = spec.replace(/\?.*$/, '')
  if (path.startsWith('~/')) return join('app', path.slice(2))
  if (path.startsWith('.')) return relative(root, resolve(join(root, file, '..'), path))
  return null
}

/** `import { type A, type B } from` brings in types only, like `import type`. */
function onlyTypes(clause: string): boolean {
  const named = /^\{([^}]*)\}$/.exec(clause.trim())
  if (!named) return false
  const names = named[1].split(',').map((name) => name.trim()).filter(Boolean)
  return names.length > 0 && names.every((name) => name.startsWith('type '))
}

export function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: Import[] = []
  const add = (spec: string, typeOnly: boolean) => found.push({ file, spec, target: targetOf(file, spec), typeOnly })
  for (const match of text.matchAll(STATIC)) add(match[4], Boolean(match[2]) || onlyTypes(match[3]))
  for (const match of text.matchAll(BARE)) add(match[1], false)
  for (const match of text.matchAll(DYNAMIC)) add(match[1], false)
  return found
}

export const importsIn = (dirs: string[]) => dirs.flatMap((dir) => sourceFiles(dir).flatMap(importsOf))

export const under = (target: string | null, ...dirs: string[]) => target !== null && dirs.some((dir) => target === dir || target.startsWith(`${dir}/`))

export const describeImport = (i: Import) => `${i.file} → ${i.target ?? i.spec}${i.typeOnly ? ' (type)' : ''}`

/** The domain folder of a path under app/modules, or null. */
export function domainOf(path: string | null): string | null {
  const match = path ? /^app\/modules\/([^/]+)\//.exec(path) : null
  return match ? match[1] : null
}

/** Imports between domain folders, types included, as `from → to` with the imports behind each edge. */
export function domainEdges(): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>()
  for (const domain of readdirSync(join(root, 'app/modules'))) edges.set(domain, new Map())
  for (const i of importsIn(['app/modules'])) {
    const from = domainOf(i.file)
    const to = domainOf(i.target)
    if (!from || !to || from === to) continue
    const byTarget = edges.get(from)!
    byTarget.set(to, [...(byTarget.get(to) ?? []), describeImport(i)])
  }
  return edges
}

/** Strongly connected components with more than one member (Tarjan): each is a circle of domains. */
export function circles(graph: Map<string, Iterable<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

/** One concrete cycle through the first member of a component, as `a → b → … → a`. */
export function cycleThrough(component: string[], graph: Map<string, Iterable<string>>): string[] {
  const start = component[0]
  const members = new Set(component)
  const previous = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue
      if (next === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(previous.get(path[0])!)
        return [...path, start]
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return component
}

export interface DomainRow {
  layer: number
  domain: string
  imports: string[]
}

/** The layer table of docs/domains.md: `| 2 | \`listings\` | \`badges\`, \`mail\` |`. */
export function documentedDomains(): DomainRow[] {
  const text = readFileSync(join(root, 'docs/domains.md'), 'utf8')
  return [...text.matchAll(/^\|\s*(\d+)\s*\|\s*`([a-z-]+)`\s*\|\s*(.*?)\s*\|\s*$/gm)].map((match) => ({
    layer: Number(match[1]),
    domain: match[2],
    imports: [...match[3].matchAll(/`([a-z-]+)`/g)].map((name) => name[1]),
  }))
}
