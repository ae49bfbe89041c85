import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>
}

const isPayloadPackage = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')

/**
 * Payload refuses to start when its packages' versions differ, and some packages (the S3 storage
 * adapter) are not published for every version: all of them are pinned to one version that has
 * every package the project uses, the storage adapter included.
 */
describe('Payload packages', () => {
  const pinned = Object.entries(manifest.dependencies).filter(([name]) => isPayloadPackage(name))
  const version = manifest.dependencies.payload

  it('are pinned exactly, all to the same version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Object.fromEntries(pinned)).toEqual(Object.fromEntries(pinned.map(([name]) => [name, version])))
  })

  it('include the S3 storage adapter at that version', () => {
    expect(manifest.dependencies['@payloadcms/storage-s3']).toBe(version)
  })

  it('resolve to that one version everywhere in the lockfile, transitive ones included', () => {
    const installed = Object.entries(lock.packages)
      .map(([where, entry]) => [where.replace(/^.*node_modules\//, ''), entry.version] as const)
      .filter(([name]) => isPayloadPackage(name))
    expect(installed.length).toBeGreaterThan(pinned.length)
    expect(installed.filter(([, installedVersion]) => installedVersion !== version)).toEqual([])
  })
})
