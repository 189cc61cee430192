import { type PayloadRequest, ValidationError } from 'payload';
import { messages, validateProcedure } from '../../../schemas';
import { codePointLabel, findDisallowedCharacter } from '../../../schemas/controlCharacters';
import { toFieldErrors } from '../../exchange/fieldErrors';
import { databaseRules } from '../databaseRules';
import { WorkflowError } from '../errors';
import { workflowMessages } from '../messages';
import type { TransitionContext } from './types';

/** The longest change note, comment or explanation (the register's and the feed's text). */
const NOTE_LIMIT = 2000;

/** A required text of a transition's body: present, not blank, no control characters, within the limit. */
export function requiredText(value: unknown, label: string, missing: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new WorkflowError(missing, 400);
  const length = [...text].length;
  if (length > NOTE_LIMIT) throw new WorkflowError(workflowMessages.textTooLong(label, NOTE_LIMIT, length), 400);
  const bad = findDisallowedCharacter(text, 'multiline');
  if (bad) throw new WorkflowError(messages.controlCharacter(label, codePointLabel(bad.codePoint), bad.position), 400);
  return text;
}

/** An optional text of a transition's body (a justification, a comment): trimmed, '' when absent or blank, checked like a required one. */
export function optionalText(value: unknown, label: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? '' : requiredText(text, label, '');
}

/** The full-schema and database checks a submitted or approved record must pass (400 with every problem). */
export async function checkComplete(ctx: TransitionContext): Promise<void> {
  const { record, doc, req } = ctx;
  const issues = [...validateProcedure(record), ...(await databaseRules(record, doc.department, req))];
  if (issues.length === 0) return;
  throw new ValidationError({ collection: 'procedures', errors: toFieldErrors(issues), req }, req.t);
}

/** Sets the procedure's workflow fields as a draft save by the system (no new content). */
export async function updateWorkflowFields(ctx: TransitionContext, data: Record<string, unknown>, req: PayloadRequest = ctx.req) {
  await req.payload.update({
    collection: 'procedures',
    id: ctx.id,
    data: { workflowState: ctx.to, ...data },
    draft: true,
    overrideAccess: true,
    context: { workflowTransition: ctx.name },
    req,
  });
}
