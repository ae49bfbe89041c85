/**
 * `npm run lighthouse`: Lighthouse (default mobile config, simulated throttling, all four
 * categories) on the home page and the demo lead article, served by the production build
 * (`next start` with the server edge and heap limit `npm start` gives it, from
 * scripts/lib/production-server.ts) on a throwaway embedded PostgreSQL holding the demo
 * newsroom, exactly as the end-to-end tests serve it. Each page is requested once before it
 * is measured, so Lighthouse sees the cached page a reader gets. Performance is noisy on a
 * shared machine, so each page is measured LIGHTHOUSE_RUNS times (default 3) and the run with
 * the median performance score is reported. Prints a table, writes bench/lighthouse.json and
 * exits 1 when a budget is missed, naming the audits that cost points.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

import { startEmbeddedPostgres } from './lib/embedded-postgres'
import { spawnProductionServer, type ProductionServer } from './lib/production-server'
import { SCRIPT_NODE_ARGS } from './lib/script-node-args'
import { childEnv, numberEnv, readEnv } from '../lib/server/env'

const PORT = numberEnv('LIGHTHOUSE_PORT', 3800, 1, 65535)
const ORIGIN = `http://127.0.0.1:${PORT}`
const RUNS = numberEnv('LIGHTHOUSE_RUNS', 3, 1, 50)
const CHROME_PATH = readEnv('CHROME_PATH') ?? '/usr/bin/chromium'
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
/**
 * The demo newsroom's seed story (LEAD_ARTICLE in scripts/seed/seed-demo.ts): the one article
 * with a hero image, a chart, a quote card and related coverage, so the heaviest article page.
 */
const DEMO_ARTICLE = '/articles/record-trade-200bn'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
/** The issue's budget: performance at least 98, the other three 100. */
const BUDGET: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 }

interface FailingAudit {
  category: Category
  id: string
  title: string
  score: number | null
  displayValue?: string
  /** Weighted audits take points off the category's score; the others only explain it. */
  weight: number
}

interface PageResult {
  name: string
  path: string
  scores: Record<Category, number>
  performanceRuns: number[]
  /** The reported run's metrics, in milliseconds (CLS unitless). */
  metrics: Record<string, number>
  failingAudits: FailingAudit[]
  /** Audits Lighthouse could not run. A weighted one leaves its category without a score. */
  erroredAudits: { id: string; title: string; weight: number; error: string }[]
}

function erroredAudits(lhr: Result): PageResult['erroredAudits'] {
  const weights = new Map<string, number>()
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? [])
      weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight))
  }
  return [...weights].flatMap(([id, weight]) => {
    const audit = lhr.audits[id]
    return audit?.scoreDisplayMode === 'error'
      ? [{ id, title: audit.title, weight, error: audit.errorMessage ?? 'unknown error' }]
      : []
  })
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
] as const

function metrics(lhr: Result): Record<string, number> {
  return Object.fromEntries(METRICS.map((id) => [id, Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000]))
}

const score = (lhr: Result, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)

/** Every audit that is not passed: weighted ones (they cost points) first. */
function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = []
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
      // Performance's unweighted opportunities and diagnostics only explain the metrics:
      // list those with something to gain, not every one short of a perfect 1.
      if (ref.weight === 0 && category === 'performance' && audit.score >= 0.9) continue
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        weight: ref.weight,
      })
    }
  }
  return failing.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0))
}

async function measure(url: string, chromePort: number): Promise<Result> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (result.lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
  return result.lhr
}

async function measurePage(
  name: string,
  pagePath: string,
  chromePort: number,
): Promise<{ page: PageResult; lhr: Result }> {
  const runs: Result[] = []
  for (let run = 1; run <= RUNS; run += 1) {
    const lhr = await measure(`${ORIGIN}${pagePath}`, chromePort)
    console.log(
      `${name} run ${run}/${RUNS}: ${CATEGORIES.map((category) => `${category} ${score(lhr, category)}`).join(', ')}`,
    )
    runs.push(lhr)
  }
  const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const median = byPerformance[Math.floor(byPerformance.length / 2)]!
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, score(median, category)])) as Record<
    Category,
    number
  >
  return {
    page: {
      name,
      path: pagePath,
      scores,
      performanceRuns: runs.map((lhr) => score(lhr, 'performance')),
      metrics: metrics(median),
      failingAudits: failingAudits(median),
      erroredAudits: erroredAudits(median),
    },
    lhr: median,
  }
}

async function main(): Promise<number> {
  if (!existsSync(CHROME_PATH))
    throw new Error(`no Chromium at ${CHROME_PATH}: install it (apt-get install chromium) or set CHROME_PATH`)
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' })

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-lighthouse-'))
  const database = await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_lighthouse', throwaway: true })
  const env = {
    ...childEnv(),
    NODE_ENV: 'production' as const,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(PORT),
    SITE_URL: ORIGIN,
    MEDIA_DIR: path.join(dataDir, 'media'),
    HOT_PATHS_FILE: path.join(dataDir, 'hot-paths.json'),
    // As in the end-to-end tests: the production server loads the demo newsroom at start.
    SEED_DEMO: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  let server: ProductionServer | undefined
  let chrome: chromeLauncher.LaunchedChrome | undefined
  // Ctrl-C or SIGTERM: the browser (chrome-launcher starts it in its own process group, out of
  // reach of Ctrl-C), the server and the database must be told at once. npm runs this file with
  // `node --import tsx`, not the tsx CLI, which SIGKILLs a child that is too busy to answer a
  // signal within 60 ms (Lighthouse computing a trace is) and so would leave them running.
  const onSignal = () => {
    chrome?.kill()
    void server?.stop()
    void database.stop().finally(() => {
      rmSync(dataDir, { recursive: true, force: true })
      process.exit(130)
    })
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    execFileSync(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/migrate.ts'], { env, stdio: 'inherit' })
    // The production server as `npm start` runs it: the same NODE_OPTIONS (heap limit, server edge).
    // Assigned before it is healthy, so a signal during its start stops it too.
    server = spawnProductionServer({ port: PORT, env, stdio: ['ignore', 'ignore', 'inherit'] })
    await server.healthy(180_000)

    // One request each, so Lighthouse measures the page from Next's cache as a reader gets it.
    const targets = [
      ['home', '/'],
      ['article', DEMO_ARTICLE],
    ] as const
    for (const [, pagePath] of targets) {
      const response = await fetch(`${ORIGIN}${pagePath}`)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`)
    }

    // Performance depends on what else the machine is doing: keep the load beside the scores.
    const loadAverage = os.loadavg().map((load) => Math.round(load * 100) / 100)
    chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'error',
      handleSIGINT: false,
    })
    const pages: PageResult[] = []
    let environment: Result['environment'] | undefined
    let lighthouseVersion = ''
    for (const [name, pagePath] of targets) {
      const { page, lhr } = await measurePage(name, pagePath, chrome.port)
      pages.push(page)
      environment = lhr.environment
      lighthouseVersion = lhr.lighthouseVersion
    }

    const misses = pages.flatMap((page) =>
      CATEGORIES.filter((category) => page.scores[category] < BUDGET[category]).map((category) => ({ page, category })),
    )
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
        browser: environment?.hostUserAgent,
        benchmarkIndex: environment?.benchmarkIndex,
        loadAverageAtStart: loadAverage,
      },
      lighthouse: lighthouseVersion,
      config: 'default (mobile, simulated throttling)',
      runsPerPage: RUNS,
      reported: 'the run with the median performance score',
      budget: BUDGET,
      passed: misses.length === 0,
      pages,
    }
    await fs.writeFile('bench/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`)

    console.log(`\nLighthouse ${lighthouseVersion}, mobile, median of ${RUNS} run(s) by performance score:\n`)
    console.log(
      '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | SI | CLS |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    )
    for (const page of pages) {
      const m = page.metrics
      const seconds = (ms: number | undefined) => `${((ms ?? NaN) / 1000).toFixed(1)} s`
      const cells = [
        page.name,
        page.path,
        `${page.scores.performance} (runs ${page.performanceRuns.join(', ')})`,
        page.scores.accessibility,
        page.scores['best-practices'],
        page.scores.seo,
        seconds(m['first-contentful-paint']),
        seconds(m['largest-contentful-paint']),
        `${Math.round(m['total-blocking-time'] ?? NaN)} ms`,
        seconds(m['speed-index']),
        m['cumulative-layout-shift'],
      ]
      console.log(`| ${cells.join(' | ')} |`)
    }
    console.log(
      `\nmachine: ${results.machine.cpus} × ${results.machine.cpu}, load average ${loadAverage.join(' ')} at start, Lighthouse benchmark index ${results.machine.benchmarkIndex}`,
    )
    console.log(
      `\nbudget: ${CATEGORIES.map((category) => `${category} ≥ ${BUDGET[category]}`).join(', ')}; results in bench/lighthouse.json`,
    )
    for (const page of pages) {
      const failing = page.failingAudits
      if (failing.length === 0) continue
      console.log(`\n${page.name} (${page.path}), audits not passed:`)
      for (const audit of failing) {
        const cost = audit.weight > 0 ? `weight ${audit.weight}` : 'advice'
        console.log(
          `  [${audit.category}, ${cost}] ${audit.id}: ${audit.title} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
        )
      }
    }
    const errored = new Map(pages.flatMap((page) => page.erroredAudits.map((audit) => [audit.id, audit] as const)))
    if (errored.size > 0) {
      const weighted = [...errored.values()].filter((audit) => audit.weight > 0)
      console.log(`\nLighthouse could not run ${errored.size} audit(s): ${[...errored.keys()].join(', ')}`)
      console.log(
        weighted.length > 0
          ? `  weighted, so their categories have no score: ${weighted.map((audit) => audit.id).join(', ')}`
          : '  none of them is weighted: the scores do not depend on them',
      )
      console.log(`  first error: ${[...errored.values()][0]!.error}`)
    }
    if (misses.length > 0) {
      console.error(
        `\n✖ budget missed: ${misses.map(({ page, category }) => `${page.name} ${category} ${page.scores[category]} < ${BUDGET[category]}`).join('; ')}`,
      )
      return 1
    }
    console.log('\n✔ every page meets the budget')
    return 0
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    chrome?.kill()
    await server?.stop()
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

process.exit(await main())
