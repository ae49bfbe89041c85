import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import escapeHtml from 'escape-html'

import { setEnv } from '../server/env'

/**
 * The fonts Open Graph cards are drawn with, shipped as npm packages so that rendering
 * never depends on what the host has installed or on a network (PITFALLS: next/og fetches
 * non-Latin and emoji fonts from a CDN). Noto Sans carries Latin, Cyrillic and Greek; the
 * others cover Chinese (and most Japanese kanji), Arabic script (Persian too) and emoji.
 */
export const BUNDLED_FONT_DIRS = [
  '@expo-google-fonts/noto-sans/400Regular',
  '@expo-google-fonts/noto-sans/700Bold',
  '@expo-google-fonts/noto-sans-sc/400Regular',
  '@expo-google-fonts/noto-sans-sc/700Bold',
  '@expo-google-fonts/noto-sans-arabic/400Regular',
  '@expo-google-fonts/noto-sans-arabic/700Bold',
  '@expo-google-fonts/noto-emoji/400Regular',
  '@expo-google-fonts/noto-emoji/700Bold',
] as const

let configured: string | null = null

/**
 * Points fontconfig (which sharp's text rendering uses through Pango) at the bundled fonts
 * only. Fontconfig reads FONTCONFIG_FILE once, on first use, so this runs at server start
 * before anything draws text; later calls are no-ops.
 */
export function configureBundledFonts(root = process.cwd()): string {
  if (configured) return configured
  const dir = path.join(tmpdir(), `summit-wire-fontconfig-${process.getuid?.() ?? 'user'}`)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'fonts.conf')
  const dirs = BUNDLED_FONT_DIRS.map(
    (fontDir) => `  <dir>${escapeHtml(path.join(root, 'node_modules', fontDir))}</dir>`,
  ).join('\n')
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n${dirs}\n  <cachedir>${escapeHtml(path.join(dir, 'cache'))}</cachedir>\n</fontconfig>\n`,
  )
  setEnv('FONTCONFIG_FILE', file)
  configured = file
  return file
}
