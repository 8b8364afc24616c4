import { describe, expect, it } from 'vitest'
import { markdownToPlainText, truncateAtWord } from './plain-text'

describe('markdownToPlainText', () => {
  it('keeps the words of headings, lists, emphasis and links', () => {
    const markdown = '# Wir bieten\n\n1. *Gute* Bezahlung\n2. __Jobrad__\n\n> Zitat\n\n![Logo](x.png) [Mehr](https://x.example)'
    expect(markdownToPlainText(markdown)).toBe('Wir bieten Gute Bezahlung Jobrad Zitat Logo Mehr')
  })

  it('drops HTML tags and code blocks', () => {
    expect(markdownToPlainText('<b>fett</b>\n```\ncode\n```\nende')).toBe('fett ende')
  })

  it('keeps hyphens and underscores inside words', () => {
    expect(markdownToPlainText('Kfz-Mechatroniker im 3-Schicht-Betrieb, snake_case')).toBe(
      'Kfz-Mechatroniker im 3-Schicht-Betrieb, snake_case',
    )
  })
})

describe('truncateAtWord', () => {
  it('leaves short text alone and cuts long text after a whole word', () => {
    expect(truncateAtWord('kurz', 10)).toBe('kurz')
    expect(truncateAtWord('eins zwei drei vier', 12)).toBe('eins zwei…')
  })
})
