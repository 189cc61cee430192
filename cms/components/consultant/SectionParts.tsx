/**
 * The parts of one portal section as React, the admin's twin of the portal's SectionPart.astro:
 * the texts come formatted from the section model (templates/sections), so the card says what
 * the portal says ("brak", "2 miesiące", "@"), in the same words.
 */
import type { DocumentGroupsPart, Part, StepsPart } from '../../../templates/sections/types';
import { Heading, type Level } from './Heading';
import { Markdown } from './Markdown';

function Steps({ part }: { part: StepsPart }) {
  return (
    <ol className="consultant-steps">
      {part.steps.map((step) => (
        <li key={`${step.name}|${step.comment ?? ''}`}>
          <strong>{step.name}</strong>
          {step.isOnline ? (
            <span className="consultant-steps__online">
              {' '}
              <strong aria-hidden="true">{part.onlineMark}</strong> {part.onlineNote}
            </span>
          ) : null}
          {step.comment ? <div className="consultant-muted">{step.comment}</div> : null}
        </li>
      ))}
    </ol>
  );
}

function DocumentGroups({ part, level }: { part: DocumentGroupsPart; level: Level }) {
  return part.groups.map((group) => (
    <div key={group.id} className="consultant-documents">
      <Heading level={level}>{group.heading}</Heading>
      <ul>
        {group.documents.map((document) => (
          <li key={document.name}>
            {document.name}
            {document.files.map((file) => (
              <div key={file.route}>
                <a href={file.route}>
                  {file.linkText} ({file.details})
                </a>
              </div>
            ))}
            {document.eForms ? (
              <div>
                {document.eForms.label}:{' '}
                {document.eForms.forms.map((form) => (
                  <a key={form.url} href={form.url} className="consultant-eform">
                    {form.platform}
                  </a>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * Fees as a list rather than the portal's table: the card's column is too narrow for four columns.
 * Each fee: its amount and type, then every further cell under its column's name, except an
 * empty one or the dash formatFee puts for a missing account number.
 */
function Fees({ part }: { part: Extract<Part, { kind: 'fees' }> }) {
  return (
    <ul className="consultant-fees">
      {part.rows.map((row) => {
        const [type, amount, ...rest] = row;
        return (
          <li key={row.join('|')}>
            <strong>{amount}</strong> — {type}
            {rest.map((cell, index) => {
              const label = part.columns[index + 2];
              return cell && cell !== '—' ? <div key={label}>{`${label}: ${cell}`}</div> : null;
            })}
          </li>
        );
      })}
    </ul>
  );
}

/** One part; `level` is the heading level of sub-headings inside it (the document groups). */
export function SectionPart({ part, level }: { part: Part; level: Level }) {
  switch (part.kind) {
    case 'steps':
      return <Steps part={part} />;
    case 'list':
      return (
        <ul>
          {part.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'markdown':
      return <Markdown source={part.source} />;
    case 'text':
      return <p>{part.isStrong ? <strong>{part.text}</strong> : part.text}</p>;
    case 'fees':
      return <Fees part={part} />;
    case 'documentGroups':
      return <DocumentGroups part={part} level={level} />;
    case 'documents':
      return (
        <ul>
          {part.documents.map((d) => (
            <li key={d.name}>{d.file ? <a href={d.file.route}>{`${d.file.linkText} (${d.file.details})`}</a> : d.name}</li>
          ))}
        </ul>
      );
    case 'links':
      return (
        <ul>
          {part.links.map((link) => (
            <li key={link.route}>{link.text}</li>
          ))}
        </ul>
      );
    case 'facts':
      // Under its caption, as the portal shows it ("Jak się zalogować": per online step its sign-in).
      return (
        <>
          {part.caption ? (
            <p>
              <strong>{part.caption}</strong>
            </p>
          ) : null}
          <dl className="consultant-facts">
            {part.facts.map((fact) => [<dt key={`t-${fact.label}`}>{fact.label}</dt>, <dd key={`d-${fact.label}`}>{fact.value}</dd>])}
          </dl>
        </>
      );
  }
}
