/**
 * Reads the statement counter bench/count-sql.cjs keeps inside the server under test, and
 * counts what one piece of work sends to PostgreSQL.
 */
export function sqlCounter(port: number) {
  const read = async () => Number(await (await fetch(`http://127.0.0.1:${port}/`)).text())
  return {
    /** Waits until the server has stopped querying (requests queued by a load run have drained). */
    async settle(deadline = Date.now() + 60_000): Promise<void> {
      let last = await read()
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        const now = await read()
        if (now === last) return
        last = now
      }
      throw new Error('the server kept querying for a minute after the load: statement counts would be wrong')
    },
    async during(work: () => Promise<unknown>): Promise<number> {
      const before = await read()
      await work()
      // Queries a render started but the response did not wait for (none expected) land here too.
      await new Promise((resolve) => setTimeout(resolve, 200))
      return (await read()) - before
    },
  }
}
