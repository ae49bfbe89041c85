import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { SERVER_HEAP_MB, SERVER_PRELOAD_MODULES, serverNodeOptions } from '../../scripts/lib/production-server'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const imports = SERVER_PRELOAD_MODULES.map((module) => `--import=${path.join(root, module)}`).join(' ')

/** Every specifier a plain JavaScript module imports. */
function specifiers(file: string): string[] {
  return [
    ...read(file).matchAll(/^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((match) => (match[1] ?? match[2])!)
}

/** The preload modules and every project file they import, transitively, relative to the root. */
function preloadClosure(): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of specifiers(file).filter((one) => one.startsWith('.')))
      visit(path.posix.join(path.posix.dirname(file), specifier))
  }
  SERVER_PRELOAD_MODULES.forEach(visit)
  return [...seen].sort()
}

describe('the production server NODE_OPTIONS', () => {
  it('adds the heap limit and the preload modules, keeping what was there', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB} ${imports}`)
    expect(serverNodeOptions('--enable-source-maps')).toBe(
      `--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB} ${imports}`,
    )
  })

  it('gives way to a limit the operator set, and adds each module once', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe(`--max-old-space-size=2048 ${imports}`)
    expect(serverNodeOptions(serverNodeOptions(undefined))).toBe(serverNodeOptions(undefined))
  })

  it('names the one server edge, which exists', () => {
    expect(SERVER_PRELOAD_MODULES).toEqual(['lib/server/request-edge.mjs'])
    expect(serverNodeOptions(undefined, '/app')).toBe(
      `--max-old-space-size=${SERVER_HEAP_MB} --import=/app/lib/server/request-edge.mjs`,
    )
  })
})

describe('one start for the production server', () => {
  it('the Docker image sets the same NODE_OPTIONS, for the files it copies where the imports expect them', () => {
    const dockerfile = read('Dockerfile')
    const runStage = dockerfile.slice(dockerfile.indexOf('AS run'))
    expect(/NODE_OPTIONS="([^"]*)"/.exec(runStage)?.[1]).toBe(serverNodeOptions(undefined, '/app'))
    expect(/^WORKDIR \/app$/m.test(runStage)).toBe(true)
    // COPY --from=build [--chown=…] <source>… <destination>/, relative to WORKDIR /app.
    const copied = [...runStage.matchAll(/^COPY --from=build (?:--chown=\S+ )?(.+)$/gm)].flatMap((match) => {
      const parts = match[1]!.trim().split(/\s+/)
      const destination = path.posix.join('/app', parts.pop()!)
      return parts.map((source) => [source, path.posix.join(destination, path.posix.basename(source))])
    })
    for (const file of preloadClosure()) expect(copied, file).toContainEqual([`/app/${file}`, `/app/${file}`])
  })

  it('the preload modules import only Node built-ins and packages the app depends on (the standalone output carries those)', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> }
    const bare = preloadClosure().flatMap((file) => specifiers(file).filter((one) => !one.startsWith('.')))
    expect(bare.length).toBeGreaterThan(0)
    for (const specifier of bare)
      expect(
        specifier.startsWith('node:') || builtinModules.includes(specifier) || specifier in dependencies,
        specifier,
      ).toBe(true)
  })

  it('npm start, the bench, Lighthouse and the e2e servers start it through scripts/lib/production-server.ts', () => {
    expect(JSON.parse(read('package.json')).scripts.start).toBe('tsx scripts/launch.ts start')
    const launcher = read('scripts/launch.ts')
    expect(launcher).toMatch(/case 'start':\s*(?:\/\/.*\n\s*)*return productionServerArgs\(extraArgs\)/)
    expect(launcher).toContain("if (mode === 'start') env.NODE_OPTIONS = serverNodeOptions(env.NODE_OPTIONS)")
    for (const file of [
      'bench/bench-server.ts',
      'scripts/lighthouse.ts',
      'e2e/support/global-setup.ts',
      'e2e/database-outage.spec.ts',
      'e2e/first-account-production.spec.ts',
    ]) {
      expect(read(file), file).toMatch(/\b(?:start|spawn)ProductionServer\(/)
    }
    // Nothing else starts Next's production server or builds its NODE_OPTIONS.
    const files = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mts', '*.mjs'],
      { cwd: root, encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean)
    const startingNext = files.filter(
      (file) =>
        file !== 'tests/unit/production-server.test.ts' &&
        /next\/dist\/bin\/next['"][^\n]*['"]start['"]|['"]next['"],\s*['"]start['"]|--max-old-space-size=/.test(
          read(file),
        ),
    )
    expect(startingNext).toEqual(['scripts/lib/production-server.ts'])
  })
})
