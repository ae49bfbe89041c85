import type { ReactNode } from 'react'

/** The floor page's document: what every page of the site has around its content. */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
