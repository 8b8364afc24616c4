import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  circles,
  cycleThrough,
  describeImport,
  documentedDomains,
  domainEdges,
  importsIn,
  root,
  sourceFiles,
  under,
  type Import,
} from '../support/import-graph'

// docs/domains.md: server/ → app/routes → app/http → app/modules → db/, search/; values/ for all. Tests may import anything.
const ours = (i: Import) => i.target !== null
const broken = (imports: Import[], isForbidden: (i: Import) => boolean) => imports.filter(isForbidden).map(describeImport)

describe('dependency direction', () => {
  it('keeps values/ free of imports, so every layer may read it', () => {
    expect(broken(importsIn(['values']), (i) => !under(i.target, 'values'))).toEqual([])
  })

  it('keeps db/ free of imports from the rest of the project', () => {
    expect(broken(importsIn(['db']), (i) => ours(i) && !under(i.target, 'db', 'values'))).toEqual([])
  })

  it('lets search/ import only types from db/', () => {
    const imports = importsIn(['search'])
    expect(broken(imports, (i) => ours(i) && !under(i.target, 'search', 'values', 'db'))).toEqual([])
    expect(broken(imports, (i) => under(i.target, 'db') && !i.typeOnly)).toEqual([])
  })

  it('lets routes, app/http and components import only types from db/ and search/', () => {
    const imports = importsIn(['app/routes', 'app/http', 'app/components'])
    expect(broken(imports, (i) => under(i.target, 'db', 'search') && !i.typeOnly)).toEqual([])
  })

  it('lets components import only types from .server files', () => {
    expect(broken(importsIn(['app/components']), (i) => /\.server$/.test(i.target ?? '') && !i.typeOnly)).toEqual([])
  })

  it('keeps HTTP out of app/modules: no @remix-run/*, app/http, routes, components or the server', () => {
    const forbidden = (i: Import) => /^@remix-run\//.test(i.spec) || under(i.target, 'app/http', 'app/routes', 'app/components', 'server')
    expect(broken(importsIn(['app/modules']), forbidden)).toEqual([])
  })

  it('keeps HTTP messages out of app/modules: no Request read, no Response built, no header set', () => {
    const http = /\bnew (Response|Request|Headers)\b|\bResponse\.(json|redirect|error)\b|:\s*(Request|Response)\b/
    const found = sourceFiles('app/modules').flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, n) => (http.test(line) ? [`${file}:${n + 1}: ${line.trim()}`] : [])),
    )
    expect(found).toEqual([])
  })

  it('never imports app/routes from anywhere but the route files themselves', () => {
    const dirs = ['app/components', 'app/http', 'app/modules', 'app/utils', 'app/i18n', 'server', 'db', 'search', 'values']
    expect(broken(importsIn(dirs), (i) => under(i.target, 'app/routes'))).toEqual([])
  })
})

describe('domain graph (app/modules)', () => {
  const edges = domainEdges()
  const graph = new Map([...edges].map(([domain, targets]) => [domain, [...targets.keys()]]))
  const rows = documentedDomains()
  const layerOf = new Map(rows.map((row) => [row.domain, row.layer]))

  it('has no circle between domain folders', () => {
    const found = circles(graph).map((component) => {
      const cycle = cycleThrough(component, graph)
      const steps = cycle.slice(1).map((to, n) => `  ${edges.get(cycle[n])!.get(to)![0]}`)
      return [`${component.length} domains in a circle: ${cycle.join(' → ')}`, ...steps].join('\n')
    })
    expect(found.join('\n'), 'circles between domain folders').toBe('')
  })

  it('places every domain folder in exactly one layer of docs/domains.md', () => {
    const folders = readdirSync(join(root, 'app/modules')).sort()
    expect(rows.map((row) => row.domain).sort()).toEqual(folders)
  })

  it('lets a domain import only its own layer or lower ones', () => {
    const upward = [...edges].flatMap(([from, targets]) =>
      [...targets]
        .filter(([to]) => (layerOf.get(to) ?? Infinity) > (layerOf.get(from) ?? -Infinity))
        .map(([to, imports]) => `${from} (layer ${layerOf.get(from)}) → ${to} (layer ${layerOf.get(to)}): ${imports[0]}`),
    )
    expect(upward).toEqual([])
  })

  it('writes down every domain dependency in docs/domains.md, and no other', () => {
    const actual = [...edges].flatMap(([from, targets]) => [...targets.keys()].map((to) => `${from} → ${to}`)).sort()
    const documented = rows.flatMap((row) => row.imports.map((to) => `${row.domain} → ${to}`)).sort()
    expect(actual).toEqual(documented)
  })
})
