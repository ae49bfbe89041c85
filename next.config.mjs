import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; see Dockerfile.
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Reader pages live in Next's in-memory cache only. A disk cache would survive a restart
    // and could serve pages made stale by writes that happened while the server was down
    // (seeds, migrations); a cold cache after a restart is always correct.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
