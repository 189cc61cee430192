import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../templates/markdown';

describe('editor Markdown on public pages', () => {
  it('renders lists, emphasis and links', () => {
    const html = renderMarkdown('- **osobiście**: ul. Piotrkowska 104\n- [wizyty](https://wizyty.uml.lodz.pl/)');
    expect(html).toContain('<strong>osobiście</strong>');
    expect(html).toContain('<a href="https://wizyty.uml.lodz.pl/">wizyty</a>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>tekst', /<script/i],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror|<img/i],
    ['a javascript: link', '[kliknij](javascript:alert(1))', /javascript:/i],
    ['raw HTML with style', '<div style="position:fixed">x</div><iframe src="https://evil.example"></iframe>', /<div|<iframe|style=/i],
    ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/i],
  ])('cannot inject %s', (_name, source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden);
  });
});
