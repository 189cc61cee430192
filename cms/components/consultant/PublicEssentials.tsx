/**
 * The public part of the card: what a resident is told, as the live approved version says it,
 * through the portal's own section model (templates/sections) — its headings, its order and its
 * Polish formatting — limited to what a consultant needs during a call.
 */

import type { PublicProcedure } from '../../../schemas/types.generated';
import { procedureSections } from '../../../templates/sections/procedureSections';
import type { SectionId } from '../../../templates/sections/types';
import { below, Heading, type Level } from './Heading';
import { SectionPart } from './SectionParts';

/** The essentials of a call: what to do (and what can be done online), cost, time, where, what to bring, booking. */
const ESSENTIALS: ReadonlySet<SectionId> = new Set(['etapy', 'termin', 'miejsce', 'wizyty', 'oplaty', 'dokumenty']);

export function PublicEssentials({ content, level }: { content: PublicProcedure; level: Level }) {
  const sections = procedureSections(content).filter((section) => ESSENTIALS.has(section.id) && section.isShown);
  return (
    <div className="consultant-card__public-body">
      <p className="consultant-summary">{content.summary}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`karta-${section.id}`} className="consultant-section">
          <Heading level={level} id={`karta-${section.id}`}>
            {section.heading}
          </Heading>
          {section.parts.map((part) => (
            // A section has at most one part of each kind (a deadline's value and its description).
            <SectionPart key={part.kind} part={part} level={below(level)} />
          ))}
        </section>
      ))}
    </div>
  );
}
