/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks,
 * lone surrogates, U+FFFE and U+FFFF). An editor can paste them from anywhere; every XML
 * or markup writer drops them rather than produce a document a parser rejects.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '')
}
