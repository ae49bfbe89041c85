import Link from 'next/link'

/** What a reader sees at an address with nothing behind it. */
export function NotFoundMessage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no story at this address. It may have been moved or withdrawn. <Link href="/">Read the latest</Link>.
      </p>
    </section>
  )
}
