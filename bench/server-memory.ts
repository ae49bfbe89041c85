import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/** Resident memory of a server process and the workers it forked, in MB (from /proc). */
export function rssMb(pid: number): number {
  let children: number[] = []
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)])
      .toString()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  } catch {
    // ps exits 1 when there are none.
  }
  const kb = [pid, ...children].reduce((sum, one) => {
    const status = existsSync(`/proc/${one}/status`) ? readFileSync(`/proc/${one}/status`, 'utf8') : ''
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }, 0)
  return Math.round(kb / 1024)
}
