import { absolute, routes } from '../../schemas/rules/routes';
import type { PublicProcedure } from '../../schemas/types.generated';
import { procedureIntro, procedureSections } from '../sections/procedureSections';
import { type Block, heading, link, paragraph, text } from './blocks';
import { partBlocks } from './partBlocks';

/**
 * A procedure as the card's blocks: the title, the summary, the residents' other names of the matter, then every shown section of the
 * section model (templates/sections) under its H2, as the portal page shows them. A printed card
 * ends with the address of the current text, which may have changed since it was printed.
 */
export function cardBlocks(p: PublicProcedure, siteUrl: string): Block[] {
  const { otherNames } = procedureIntro(p);
  return [
    heading(1, p.title),
    paragraph(p.summary, 'lead'),
    ...(otherNames ? [paragraph([text(`${otherNames.label}: `, true), text(otherNames.items.join(', '))], 'note')] : []),
    ...procedureSections(p)
      .filter((section) => section.isShown)
      .flatMap((section) => [heading(2, section.heading), ...section.parts.flatMap((part) => partBlocks(part, siteUrl))]),
    paragraph([text('Aktualna treść: ', true), link(absolute(siteUrl, routes.procedure(p.slug)))], 'note'),
  ];
}
