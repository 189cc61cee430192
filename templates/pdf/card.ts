import type { PublicProcedure } from '../../publisher/types';
import { markdownToText } from '../markdown';
import { PdfTextWriter } from './writer';

const UNITS = { days: 'dni', weeks: 'tygodni', months: 'miesięcy' } as const;

/** The printable card of one procedure (`/procedury/<slug>/karta.pdf`). */
export async function renderCard(p: PublicProcedure, siteUrl: string): Promise<Uint8Array> {
  const w = await PdfTextWriter.create(p.title, `${p.unit}, ${p.department}`);
  w.note(`${p.unit} — ${p.department}`);
  w.title(p.title);
  w.paragraph(p.summary);

  w.heading('Najważniejsze etapy');
  for (const [i, s] of p.steps.entries()) {
    w.bullet(`${i + 1}. ${s.name}${s.online ? ' @ (można załatwić bez wizyty w urzędzie)' : ''}${s.comment ? ` — ${s.comment}` : ''}`);
  }
  if (p.onlineActions?.length) {
    w.heading('Czynności możliwe do załatwienia drogą elektroniczną');
    for (const a of p.onlineActions) w.bullet(a);
  }
  if (p.usefulInfo?.length) {
    w.heading('Przydatne informacje');
    for (const a of p.usefulInfo) w.bullet(a);
  }
  w.heading('Sposób załatwienia sprawy');
  w.paragraph(markdownToText(p.howTo));
  if (p.additionalInfo) {
    w.heading('Informacje uzupełniające');
    w.paragraph(markdownToText(p.additionalInfo));
  }
  w.heading('Termin realizacji');
  const deadline = [
    p.deadline.value && p.deadline.unit ? `${p.deadline.value} ${UNITS[p.deadline.unit]}` : '',
    p.deadline.description ? markdownToText(p.deadline.description) : '',
  ]
    .filter(Boolean)
    .join('. ');
  w.paragraph(deadline);
  w.heading('Miejsce załatwienia');
  w.paragraph(markdownToText(p.place));
  w.heading('Umawianie wizyty');
  w.paragraph(`${markdownToText(p.appointments)}${p.appointmentRequired ? '\nWizyta wymaga wcześniejszego umówienia.' : ''}`);
  w.heading('Opłaty');
  if (p.fees.length === 0) w.paragraph('brak');
  for (const f of p.fees) w.bullet(`${f.type}: ${f.amount}${f.account ? `, konto ${f.account}` : ''}${f.remarks ? ` (${f.remarks})` : ''}`);
  w.heading('Formy i miejsce składania dokumentów');
  w.paragraph(markdownToText(p.submissionChannels));
  if (p.submissionDeadline) {
    w.heading('Termin składania dokumentów');
    w.paragraph(markdownToText(p.submissionDeadline));
  }
  if (p.requiredDocuments?.length) {
    w.heading('Wymagane dokumenty');
    for (const group of ['submit', 'inspect'] as const) {
      const docs = p.requiredDocuments.filter((d) => d.group === group);
      if (docs.length === 0) continue;
      w.paragraph(group === 'submit' ? 'Do złożenia:' : 'Do wglądu:');
      for (const d of docs) w.bullet(`${d.name}${d.file ? ` — ${siteUrl}${d.file.url}` : ''}`);
    }
  }
  w.heading('Podstawa prawna');
  for (const act of p.legalBasis) w.bullet(act);
  w.heading('Tryb odwoławczy');
  w.paragraph(markdownToText(p.appeal));
  w.heading('Metryka');
  w.note(
    `Informację wytworzył(a): ${p.bip.createdBy.join(', ')} (${p.bip.createdAt}). Wprowadził(a): ${p.bip.publishedBy} (${p.bip.publishedAt.slice(0, 10)}). ` +
      `Wersja ${p.bip.version}, ostatnia zmiana ${p.bip.modifiedAt.slice(0, 10)}. Aktualna treść: ${siteUrl}/procedury/${p.slug}/`,
  );
  return w.save();
}
