import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs Next's standalone server (its build sets NEXT_OUTPUT=standalone);
  // `npm start` runs `next start`, which standalone output would only warn about.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Open Graph cards load their fonts from these folders at run time (lib/og/fonts.ts), which
  // file tracing cannot see; the standalone image needs them copied in.
  outputFileTracingIncludes: {
    '/**/og.png': [
      './node_modules/@expo-google-fonts/noto-sans/{400Regular,700Bold}/*.ttf',
      './node_modules/@expo-google-fonts/noto-sans-sc/{400Regular,700Bold}/*.ttf',
      './node_modules/@expo-google-fonts/noto-sans-arabic/{400Regular,700Bold}/*.ttf',
      './node_modules/@expo-google-fonts/noto-emoji/{400Regular,700Bold}/*.ttf',
    ],
  },
  reactStrictMode: true,
  // `npm test` type-checks the whole project (`tsc --noEmit`) before it builds; checking
  // again inside `next build` would only add a minute to every build and CI run.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Reader pages live in Next's in-memory cache only. A disk cache would survive a restart
    // and could serve pages made stale by writes that happened while the server was down
    // (seeds, migrations); a cold cache after a restart is always correct.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
