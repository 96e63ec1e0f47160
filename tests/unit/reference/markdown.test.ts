import { describe, expect, it } from 'vitest'
import { letterOf } from '../../../toolkit/content/pages/glossary'
import { heading, list, paragraphs, table, text } from '../../../toolkit/content/pages/markdown'

describe('Markdown from data', () => {
  it('escapes what Markdown or the Vue template would interpret', () => {
    expect(text('{{ secret }} <script>alert(1)</script> a|b *x* _y_ [z](u) `c` #1')).toBe(
      '&#123;&#123; secret &#125;&#125; &lt;script&gt;alert(1)&lt;/script&gt; a&#124;b \\*x\\* \\_y\\_ \\[z\\](u) \\`c\\` &#35;1',
    )
  })
  it('does not let data text start a list or an ordered list', () => {
    expect(text('- kein Punkt')).toBe('\\- kein Punkt')
    expect(text('1. keine Nummer')).toBe('1\\. keine Nummer')
  })
  it('keeps paragraphs and joins wrapped lines', () => {
    expect(paragraphs('Erster\nSatz.\n\nZweiter Absatz.')).toBe('Erster Satz.\n\nZweiter Absatz.')
  })
  it('builds lists, headings with anchors and tables', () => {
    expect(list(['a', 'b'])).toBe('- a\n- b')
    expect(heading(3, 'Zweckverband', 'zweckverband')).toBe('### Zweckverband {#zweckverband}')
    expect(table(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |')
  })
  it('files glossary terms under their letter', () => {
    expect(letterOf('Öffentlich-rechtliche Vereinbarung')).toBe('O')
    expect(letterOf('§ 2b UStG')).toBe('#')
    expect(letterOf('Zweckverband')).toBe('Z')
  })
})
