import { describe, expect, it } from 'vitest';
import { apiUrlOf } from '../../publisher/apiUrl';
import { feedbackForm } from '../../publisher/pages';
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

describe('the "Zgłoś błąd" form’s addresses', () => {
  it('posts to the portal’s own /api/feedback while the API shares its origin, else to the API’s origin', () => {
    expect(feedbackForm('https://lckm.example.pl', 'https://lckm.example.pl')).toEqual({ action: '/api/feedback', health: '/health' });
    expect(feedbackForm('https://lckm.example.pl', 'https://lckm.example.pl/cms')).toEqual({ action: '/api/feedback', health: '/health' });
    // On separate origins the portal's host answers 404 to /api: the form names the API's host; /health the portal's own (its CSP allows only that).
    expect(feedbackForm('https://lckm.example.pl', 'https://baza-wiedzy.example.pl')).toEqual({
      action: 'https://baza-wiedzy.example.pl/api/feedback',
      health: '/health',
    });
  });

  it('takes the API’s address from the run, else ADMIN_URL, else the portal’s, without a trailing slash', () => {
    const saved = process.env.ADMIN_URL;
    try {
      delete process.env.ADMIN_URL;
      expect(apiUrlOf({ siteUrl: 'https://lckm.example.pl/' })).toBe('https://lckm.example.pl');
      process.env.ADMIN_URL = 'https://baza-wiedzy.example.pl/';
      expect(apiUrlOf({ siteUrl: 'https://lckm.example.pl' })).toBe('https://baza-wiedzy.example.pl');
      expect(apiUrlOf({ siteUrl: 'https://lckm.example.pl', apiUrl: 'https://api.example.pl//' })).toBe('https://api.example.pl');
    } finally {
      if (saved === undefined) delete process.env.ADMIN_URL;
      else process.env.ADMIN_URL = saved;
    }
  });
});
