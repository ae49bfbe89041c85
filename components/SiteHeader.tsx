import Link from 'next/link'

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="site-name">
        Summit Wire
      </Link>
      <p className="site-tagline">Eurasian diplomacy and economics</p>
      <nav aria-label="Sections" className="site-nav">
        <Link href="/">Latest</Link>
        <Link href="/events">Summits</Link>
        <Link href="/search">Search</Link>
      </nav>
    </header>
  )
}
