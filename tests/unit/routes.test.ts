import { describe, expect, it } from 'vitest';
import { absolute, fileOf, routes } from '../../schemas/rules/routes';

describe('the route table', () => {
  it('names every public address as residents and BIP consumers know it', () => {
    expect(routes.procedure('wymiana-dowodu-osobistego')).toBe('/procedury/wymiana-dowodu-osobistego/');
    expect(routes.changeRegister('x')).toBe('/procedury/x/rejestr-zmian/');
    expect(routes.archivedVersion('x', 2)).toBe('/procedury/x/wersje/2/');
    expect(routes.card('x')).toBe('/procedury/x/karta.pdf');
    expect(routes.file('wniosek o dowód.pdf')).toBe('/pliki/wniosek%20o%20dow%C3%B3d.pdf');
    expect(routes.bipProcedureJson('x')).toBe('/bip/procedury/x.json');
    expect(routes.searchFor('dowód & co')).toBe('/szukaj/?q=dow%C3%B3d%20%26%20co');
  });

  it('maps a route to the release file that answers it', () => {
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf(routes.procedure('x'))).toBe('procedury/x/index.html');
    expect(fileOf(routes.card('x'))).toBe('procedury/x/karta.pdf');
    expect(fileOf(routes.file('wniosek o dowód.pdf'))).toBe('pliki/wniosek o dowód.pdf');
    expect(fileOf('/szukaj/?q=x')).toBe('szukaj/index.html');
  });

  it('makes absolute URLs under the portal address, with or without its trailing slash', () => {
    expect(absolute('https://lckm.example.pl/', routes.procedure('x'))).toBe('https://lckm.example.pl/procedury/x/');
    expect(absolute('https://lckm.example.pl', routes.bipFeedAtom())).toBe('https://lckm.example.pl/bip/feed.atom');
  });
});
