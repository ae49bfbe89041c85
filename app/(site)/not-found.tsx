import Link from 'next/link'

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no story at this address. It may have been moved or withdrawn. <Link href="/">Read the latest</Link>.
      </p>
    </section>
  )
}
