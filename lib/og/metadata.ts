export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

/** The Open Graph / Twitter image entry for a generated card at `path`. */
export function ogImage(path: string, alt: string) {
  return { url: path, width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png', alt }
}
