import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown.server'

describe('renderMarkdown', () => {
  it('renders lists, emphasis and headings one level below the page section', () => {
    const html = renderMarkdown('## Das erwartet dich\n\n- **Montage**\n- _Wartung_')
    expect(html).toContain('<h3>Das erwartet dich</h3>')
    expect(html).toContain('<li><strong>Montage</strong></li>')
    expect(html).toContain('<em>Wartung</em>')
  })

  it('drops scripts, styles, images, iframes and event handlers', () => {
    const html = renderMarkdown(
      'Hallo <script>alert(1)</script><style>p{}</style> ![x](https://a.example/b.png) <img src=x onerror=alert(1)> <iframe src="https://a.example"></iframe> <b onclick="x()">fett</b>',
    )
    expect(html).not.toMatch(/<script|alert|<style|<img|<iframe|onclick|onerror/)
    expect(html).toContain('<b>fett</b>')
  })

  it('keeps http and mailto links as user content and strips javascript: ones', () => {
    const html = renderMarkdown('[Web](https://firma.example) [Mail](mailto:a@firma.example) [Böse](javascript:alert(1)) [Daten](data:text/html,x)')
    expect(html).toContain('<a href="https://firma.example" rel="nofollow ugc noopener">Web</a>')
    expect(html).toContain('<a href="mailto:a@firma.example" rel="nofollow ugc noopener">Mail</a>')
    expect(html).not.toMatch(/javascript:|data:text/)
  })

  it('escapes raw HTML text instead of interpreting unknown tags', () => {
    expect(renderMarkdown('<marquee>laut</marquee> 3 < 4')).toBe('<p>laut 3 &lt; 4</p>')
  })
})
