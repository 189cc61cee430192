import { en } from '@payloadcms/translations/languages/en';
import { pl } from '@payloadcms/translations/languages/pl';
import { describe, expect, it } from 'vitest';
import { translationOverrides } from '../../cms/i18n/overrides';

type Texts = Record<string, Record<string, string>>;
const payloadTexts = pl.translations as unknown as Texts;
/** The source texts: a Polish text must offer the same placeholders as the English it translates. */
const sourceTexts = en.translations as unknown as Texts;
const ours = translationOverrides.pl as unknown as Texts;

function merged(): Array<{ key: string; text: string }> {
  return Object.entries(payloadTexts).flatMap(([space, texts]) =>
    Object.entries(texts).map(([name, text]) => ({ key: `${space}.${name}`, text: ours[space]?.[name] ?? text })),
  );
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))].sort();

describe('Polish admin texts', () => {
  it('put a name ({{label}}) only where its basic form is right: after a colon or a bracket', () => {
    const wrong = merged().filter(({ text }) =>
      [...text.matchAll(/\{\{label\}\}/g)].some((m) => !/(:\s?(<\d>|„)?|\()$/.test(text.slice(0, m.index))),
    );
    expect(wrong.map((w) => w.key)).toEqual([]);
  });

  it('override only texts Payload has, with the placeholders of the English source', () => {
    for (const [space, texts] of Object.entries(ours)) {
      for (const [name, text] of Object.entries(texts)) {
        const original = payloadTexts[space]?.[name];
        expect(original, `${space}.${name}`).toBeTypeOf('string');
        expect(placeholders(text), `${space}.${name}`).toEqual(placeholders(sourceTexts[space]?.[name] ?? ''));
      }
    }
  });

  it('write "e-mail", never "email"', () => {
    expect(
      merged()
        .filter(({ text }) => /\bemail\b/i.test(text.replace(/\{\{\w+\}\}/g, '')))
        .map((w) => w.key),
    ).toEqual([]);
  });
});
