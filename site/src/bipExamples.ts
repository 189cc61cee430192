/**
 * The examples on the `/bip/` page: short, real-shaped excerpts of each public format with this
 * portal's addresses and one of its live procedures, so a developer can copy a URL and try it.
 * Excerpts, not the files: the files themselves are one link away.
 */
import { absolute, routes } from '../../schemas/rules/routes';
import { CPSV_CONTEXT_URL } from '../../templates/cpsv/vocabulary';
import { escapeXml } from '../../templates/escape/xml';

export interface ExampleProcedure {
  slug: string;
  title: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function bipExamples(siteUrl: string, apiUrl: string, p: ExampleProcedure) {
  const page = absolute(siteUrl, routes.procedure(p.slug));
  const schema = (name: string) => absolute(siteUrl, routes.bipSchema(name));
  return {
    atom: [
      '<entry>',
      `  <id>${page}</id>`,
      `  <title>${escapeXml(p.title)}</title>`,
      '  <updated>2027-01-10T09:00:00.000Z</updated>',
      `  <link rel="alternate" type="text/html" href="${page}"/>`,
      '  <author><name>Kowalska Anna</name></author>',
      '  <category term="Wydział Spraw Obywatelskich"/>',
      '  <summary>…</summary>',
      '</entry>',
    ].join('\n'),
    jsonFeed: json({
      version: 'https://jsonfeed.org/version/1.1',
      _bip: { itemSchema: schema('feed-item.schema.json') },
      items: [
        {
          id: page,
          url: page,
          title: p.title,
          summary: '…',
          date_modified: '2027-01-10T09:00:00.000Z',
          _bip: { json: absolute(siteUrl, routes.bipProcedureJson(p.slug)), version: 3, publishedBy: 'Nowak Jan' },
        },
      ],
    }),
    procedure: json({
      $schema: schema('public-procedure.schema.json'),
      slug: p.slug,
      title: p.title,
      summary: '…',
      requiredDocuments: [
        {
          group: 'submit',
          name: 'Wniosek',
          file: { fileName: 'wniosek.pdf', url: absolute(siteUrl, routes.file('wniosek.pdf')), mediaType: 'application/pdf', size: 48213 },
        },
      ],
      bip: {
        createdBy: ['Kowalska Anna'],
        createdAt: '2027-01-05',
        publishedBy: 'Nowak Jan',
        publishedAt: '2027-01-10T09:00:00.000Z',
        modifiedAt: '2027-01-10T09:00:00.000Z',
        version: 3,
        lastVerifiedAt: '2027-06-01',
        changeRegister: [{ version: 3, date: '2027-01-10T09:00:00.000Z', by: 'Nowak Jan', note: 'Nowa opłata.', kind: 'approval' }],
      },
    }),
    index: json({
      $schema: schema('procedure-index.schema.json'),
      generatedAt: '2027-01-10T09:00:30.000Z',
      procedures: [
        {
          slug: p.slug,
          title: p.title,
          department: '…',
          version: 3,
          modifiedAt: '2027-01-10T09:00:00.000Z',
          url: absolute(siteUrl, routes.bipProcedureJson(p.slug)),
        },
      ],
    }),
    cpsv: json({
      '@context': [CPSV_CONTEXT_URL, { '…': '…' }],
      '@graph': [
        {
          '@id': page,
          '@type': 'PublicService',
          'PublicService.identifier': p.slug,
          'PublicService.name': [{ '@value': p.title, '@language': 'pl' }],
        },
      ],
    }),
    api: `curl '${apiUrl}/api/register-entries?where[slug][equals]=${p.slug}&limit=1'`,
  };
}
