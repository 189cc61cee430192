import type { PublicProcedure } from '../../schemas/types.generated';
import { evidenceIri } from './evidence';
import { node, type Part } from './graph';
import { listItems } from './plainText';
import { CHANNEL_FRAGMENTS, type ChannelKind, channelConcept, pl, type SiteIris } from './vocabulary';

/** The kind a "Formy i miejsce składania dokumentów" item names by its opening words ("osobiście: …"). */
export function channelKindOf(text: string): ChannelKind | undefined {
  const head = text.trim().toLowerCase();
  if (head.startsWith('osobiście')) return 'inPerson';
  // "pocztą elektroniczną" before "pocztą": e-mail is not the post.
  if (/^(pocztą elektroniczną|e-mail)/.test(head)) return 'email';
  if (/^(listownie|pocztą|przez pocztę)/.test(head)) return 'post';
  if (/^(elektronicznie|przez internet|online)/.test(head)) return 'online';
  if (head.startsWith('telefonicznie')) return 'phone';
  return undefined;
}

/** A list item as one sentence: "osobiście:\n- ul. A\n- ul. B" → "Osobiście: ul. A; ul. B". */
function oneLine(text: string): string {
  const line = text.replace(/:\s*\n+\s*/g, ': ').replace(/\s*\n+\s*/g, '; ');
  return line.charAt(0).toLocaleUpperCase('pl') + line.slice(1);
}

/**
 * The top-level list items of `submissionChannels`, by the channel kind they name. Items of no
 * known kind, and text outside lists ("nie dotyczy"), give no channel: guessing would mislead.
 */
export function submissionItems(markdown: string): Map<ChannelKind, string[]> {
  const byKind = new Map<ChannelKind, string[]>();
  for (const item of listItems(markdown)) {
    const text = oneLine(item);
    const kind = channelKindOf(text);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), text]);
  }
  return byKind;
}

/** What the record says of doing the matter online: the "@" steps and the online actions. */
function onlineDescriptions(p: PublicProcedure): string[] {
  const steps = p.steps.filter((s) => s.online).map((s) => s.name);
  return [
    ...(steps.length > 0 ? [`Etapy możliwe bez wizyty w urzędzie (@): ${steps.join('; ')}`] : []),
    ...(p.onlineActions?.length ? [`Czynności możliwe drogą elektroniczną: ${p.onlineActions.join('; ')}`] : []),
  ];
}

/** One channel per kind the record names; the online one also from the "@" steps. */
function kindChannels(iris: SiteIris, p: PublicProcedure): Part {
  const service = iris.service(p.slug);
  const items = submissionItems(p.submissionChannels);
  const online = onlineDescriptions(p);
  if (online.length > 0) items.set('online', [...(items.get('online') ?? []), ...online]);
  const part: Part = { links: [], nodes: [] };
  for (const [kind, descriptions] of items) {
    const [typeNode, schemeNode] = channelConcept(iris, kind);
    const fragment = CHANNEL_FRAGMENTS[kind];
    const id = `${service}#${fragment}`;
    part.links.push(id);
    part.nodes.push(
      {
        '@id': id,
        '@type': 'Channel',
        'Channel.identifier': `${p.slug}/${fragment}`,
        'Channel.type': typeNode['@id'],
        'Channel.description': descriptions.map(pl),
      },
      typeNode,
      schemeNode,
    );
  }
  return part;
}

/**
 * One online channel per e-form address, linked to the documents it takes. CPSV-AP's Channel has
 * no address property; the form's page is given with foaf:page (the profile's shapes are open).
 */
function eFormChannels(iris: SiteIris, p: PublicProcedure): Part {
  const forms = new Map<string, { platform: string; evidence: string[] }>();
  (p.requiredDocuments ?? []).forEach((d, i) => {
    for (const { platform, url } of d.eForms ?? []) {
      const form = forms.get(url) ?? { platform, evidence: [] };
      form.evidence.push(evidenceIri(iris, p.slug, i));
      forms.set(url, form);
    }
  });
  const part: Part = { links: [], nodes: [] };
  const [typeNode, schemeNode] = channelConcept(iris, 'online');
  [...forms].forEach(([url, { platform, evidence }], i) => {
    const id = `${iris.service(p.slug)}#e-formularz-${i + 1}`;
    part.links.push(id);
    part.nodes.push(
      node({
        '@id': id,
        '@type': 'Channel',
        'Channel.identifier': `${p.slug}/e-formularz-${i + 1}`,
        'Channel.type': typeNode['@id'],
        'Channel.description': [pl(`Formularz elektroniczny (${platform}): ${url}`)],
        'Channel.hasInput': evidence,
        page: url,
      }),
      { '@id': url, '@type': 'Document', title: pl(platform) },
    );
  });
  if (forms.size > 0) part.nodes.push(typeNode, schemeNode);
  return part;
}

export function channelParts(iris: SiteIris, p: PublicProcedure): Part {
  const kinds = kindChannels(iris, p);
  const forms = eFormChannels(iris, p);
  return { links: [...kinds.links, ...forms.links], nodes: [...kinds.nodes, ...forms.nodes] };
}
