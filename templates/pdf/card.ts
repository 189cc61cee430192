import type { PublicProcedure } from '../../schemas/types.generated';
import { formatDate } from '../format/dates';
import { cardBlocks } from './cardBlocks';
import { renderDocument } from './document';

/**
 * The printable card of one procedure (`routes.card(slug)`): a tagged PDF/UA-1 document
 * whose headings, lists, fee table and links a screen reader can follow.
 */
export function renderCard(p: PublicProcedure, siteUrl: string): Promise<Uint8Array> {
  return renderDocument({
    info: {
      title: p.title,
      author: `${p.unit}, ${p.department}`,
      subject: p.summary,
      lang: 'pl-PL',
      date: new Date(p.bip.modifiedAt),
    },
    furniture: {
      header: `${p.unit} — ${p.department}`,
      footer: `Karta procedury, wersja ${p.bip.version} z ${formatDate(p.bip.modifiedAt)}`,
      pageNumbers: true,
    },
    blocks: cardBlocks(p, siteUrl),
  });
}
