/**
 * The internal part of the card (template footnote *: never public): whom to call or transfer
 * to, the notes for consultants, the questions residents ask, and the call center's own "Inne".
 * Headings are the template's field names; the numbers are links a softphone dials.
 */

import { Heading, type Level } from './Heading';
import type { CardProcedure } from './loadCard';
import { Markdown } from './Markdown';
import { telHref } from './phone';

type CallCenter = NonNullable<CardProcedure['callCenter']>;

function Contacts({ contacts, level }: { contacts: NonNullable<CallCenter['contacts']>; level: Level }) {
  return (
    <section aria-labelledby="karta-kontakty" className="consultant-section">
      <Heading level={level} id="karta-kontakty">
        Telefony do pracowników jednostki/komórki*
      </Heading>
      <ul className="consultant-contacts">
        {contacts.map((contact) => (
          <li key={contact.id ?? `${contact.name}-${contact.phone}`}>
            <span className="consultant-contacts__name">{contact.name}</span>{' '}
            {contact.phone ? (
              <a className="consultant-contacts__phone" href={telHref(contact.phone)}>
                {contact.phone}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Faq({ faq, level }: { faq: NonNullable<CallCenter['faq']>; level: Level }) {
  return (
    <section aria-labelledby="karta-faq" className="consultant-section">
      <Heading level={level} id="karta-faq">
        Najczęściej zadawane pytania*
      </Heading>
      <dl className="consultant-faq">
        {faq.map((item) => [
          <dt key={`q-${item.id ?? item.question}`}>{item.question}</dt>,
          <dd key={`a-${item.id ?? item.question}`}>{item.answer ? <Markdown source={item.answer} /> : null}</dd>,
        ])}
      </dl>
    </section>
  );
}

function Text({ id, heading, source, level }: { id: string; heading: string; source: string; level: Level }) {
  return (
    <section aria-labelledby={id} className="consultant-section">
      <Heading level={level} id={id}>
        {heading}
      </Heading>
      <Markdown source={source} />
    </section>
  );
}

export function CallCenterInfo({ callCenter, level }: { callCenter: CardProcedure['callCenter']; level: Level }) {
  const { contacts, notes, faq, other } = callCenter ?? {};
  const isEmpty = !contacts?.length && !notes && !faq?.length && !other;
  if (isEmpty) return <p>Komórka nie uzupełniła jeszcze informacji dla Call Center.</p>;
  return (
    <>
      {contacts?.length ? <Contacts contacts={contacts} level={level} /> : null}
      {notes ? <Text id="karta-opis" heading="Opis*" source={notes} level={level} /> : null}
      {faq?.length ? <Faq faq={faq} level={level} /> : null}
      {other ? <Text id="karta-inne" heading="Inne*" source={other} level={level} /> : null}
    </>
  );
}
