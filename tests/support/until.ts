/** Resolves once `condition` holds, checking every 20 ms; throws after `ms`. */
export async function until(condition: () => boolean | Promise<boolean>, ms = 8_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${condition.toString()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
