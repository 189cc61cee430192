import { emitDecision } from '../../../schemas/rules/events';
import { workflowMessages } from '../messages';
import { reviewDueAfter } from '../reviewDue';
import { writeRegisterEntry } from './register';
import { optionalText, updateWorkflowFields } from './shared';
import type { TransitionCommand } from './types';

/**
 * `verify` ("Potwierdź aktualność", issue 14): the team confirms the version in force as still
 * valid without a new version. A `verification` entry in the register (ignored by the live rule,
 * shown publicly as "Ostatnia weryfikacja"), the event, the next review date moved on; the state
 * stays. Four eyes do not apply: nothing of the description changes.
 */
export const verify: TransitionCommand = {
  name: 'verify',
  note: (input) => optionalText(input.comment, 'Komentarz'),
  async prepare(ctx) {
    ctx.reviewDue = await reviewDueAfter(ctx.req, ctx.doc.department, ctx.now);
  },
  async apply(ctx) {
    await updateWorkflowFields(ctx, { reviewDue: ctx.reviewDue?.stored, lastVerifiedAt: ctx.now.toISOString() });
    await writeRegisterEntry(ctx, 'verification', null);
  },
  async after(ctx) {
    // The portal shows the day in the BIP metadata block: the publisher republishes on a decision.
    emitDecision({ procedureId: ctx.id, transition: 'verify', at: ctx.now });
  },
  message: (ctx) => workflowMessages.verified(ctx.reviewDue?.day ?? ''),
};
