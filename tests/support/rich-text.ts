/** A Lexical link node to a custom URL, as a REST client could send it (no editor validation). */
export function linkNode(url: string, text = `to ${url}`) {
  return {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
}
