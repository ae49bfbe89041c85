import { describe, expect, it } from 'vitest'

import { serializeJsonLd } from '../../lib/seo/json-ld'

describe('JSON-LD serialisation', () => {
  it('cannot be closed early by a headline containing </script>', () => {
    const data = { headline: 'Trade </script><script>alert(1)</script> talks', note: '\u2028' }
    const html = serializeJsonLd(data)
    expect(html).not.toContain('</script>')
    expect(html).not.toContain('<')
    expect(JSON.parse(html)).toEqual(data)
  })
})
