import { messages } from './messages.pl';
import type { ValidationIssue } from './validate';

/**
 * Rules between fields that JSON Schema cannot say: every ELI identifier names an entry that is
 * in the legal basis, once.
 */
export function crossFieldIssues(data: unknown): ValidationIssue[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as { legalBasis?: unknown; legalBasisEli?: unknown };
  if (!Array.isArray(record.legalBasisEli)) return [];
  const basis = new Set(Array.isArray(record.legalBasis) ? record.legalBasis : []);
  const seen = new Set<unknown>();
  const issues: ValidationIssue[] = [];
  for (const [index, item] of record.legalBasisEli.entries()) {
    const entry = (item as { entry?: unknown } | null)?.entry;
    if (typeof entry !== 'string') continue;
    if (!basis.has(entry))
      issues.push({ path: `legalBasisEli.${index}.entry`, code: 'eli_entry', message: messages.eliEntryUnknown(entry) });
    else if (seen.has(entry))
      issues.push({ path: `legalBasisEli.${index}.entry`, code: 'eli_entry', message: messages.eliEntryTwice(entry) });
    seen.add(entry);
  }
  return issues;
}
