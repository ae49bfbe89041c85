import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaderRules } from './lib/http/security-headers.mjs'
import { buildsStandalone } from './lib/server/env.js'

const BUNDLED_FONT_FILES = [
  './node_modules/@expo-google-fonts/noto-sans/{400Regular,700Bold}/*.ttf',
  './node_modules/@expo-google-fonts/noto-sans-sc/{400Regular,700Bold}/*.ttf',
  './node_modules/@expo-google-fonts/noto-sans-arabic/{400Regular,700Bold}/*.ttf',
  './node_modules/@expo-google-fonts/noto-emoji/{400Regular,700Bold}/*.ttf',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs Next's standalone server (its build sets NEXT_OUTPUT=standalone);
  // `npm start` runs `next start`, which standalone output would only warn about.
  output: buildsStandalone() ? 'standalone' : undefined,
  poweredByHeader: false,
  // The server edge compresses (a cached body once, not once per reader) and answers
  // conditional requests against the ETag the cache handler gives each stored page, made once
  // rather than by hashing the page on every request: lib/http/compress-response.mjs.
  compress: false,
  generateEtags: false,
  // Our cache handler: memory only (a restart starts cold, so a write made while the server was
  // down can never leave a stale page), pages without the client runtime, exact and bounded expiry.
  cacheHandler: fileURLToPath(new URL('./lib/cache/reader-page-cache-handler.mjs', import.meta.url)),
  // Open Graph cards and the articles' search images (cards drawn when the hero is too small)
  // load their fonts from these folders at run time (lib/og/fonts.ts), which file tracing
  // cannot see; the standalone image needs them copied in.
  outputFileTracingIncludes: Object.fromEntries(
    ['/**/og.png', '/articles/*/card/*', '/articles/*/hero/*'].map((route) => [route, BUNDLED_FONT_FILES]),
  ),
  reactStrictMode: true,
  // `npm test` type-checks the whole project (`tsc --noEmit`) before it builds; checking
  // again inside `next build` would only add a minute to every build and CI run.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    // Public feed URLs map onto the cached feed route; the server edge answers conditional
    // requests against its ETag and Last-Modified (lib/http/compress-response.mjs). Next
    // matches every rewrite on every request, twice, so there are as few as can be.
    return {
      beforeFiles: [
        { source: '/feed.:format(xml|atom|json)', destination: '/feeds/cached/:format' },
        {
          source: '/:section(topics|people|authors|events)/:slug/feed.:format(xml|atom|json)',
          destination: '/feeds/cached/:format/:section/:slug',
        },
        // Searches are answered by a route handler, without a React render per query
        // (app/(site)/search/results/route.ts); the bare /search is the static form.
        { source: '/search', has: [{ type: 'query', key: 'q' }], destination: '/search/results' },
        { source: '/sitemap.xml', destination: '/sitemaps/index.xml' },
        { source: '/news-sitemap.xml', destination: '/sitemaps/news.xml' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * withPayload asks for the Sec-CH-Prefers-Color-Scheme client hint on every path (Accept-CH,
 * Critical-CH and Vary on `/:path*`) so the admin can render in the user's theme at once. On
 * reader pages, feeds and images that cost a second request on every first visit (Chrome
 * restarts a navigation whose response names a Critical-CH hint it did not send: Lighthouse
 * counted 670 ms on the mobile home page) and split every shared cache by colour scheme,
 * though readers' pages follow the scheme in CSS. The hint is asked for under /admin only.
 */
const ADMIN_ONLY_HEADERS = ['Accept-CH', 'Critical-CH', 'Vary']
const payloadHeaders = config.headers
config.headers = async () => [
  ...(await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.every(({ key }) => ADMIN_ONLY_HEADERS.includes(key))
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  ),
  ...securityHeaderRules(),
]

export default config
