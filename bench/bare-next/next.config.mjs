/**
 * The bench's bare Next app (bench/bare-next.ts builds and starts it): Next's defaults,
 * compression on, like the site. The project's `tsc --noEmit` type-checks its route.
 */
const config = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
}

export default config
