import { emitDecision } from '../../../schemas/rules/events';
import { refreshLiveFlags } from '../liveFlags';
import { workflowMessages } from '../messages';
import { writeRegisterEntry } from './register';
import { requiredText, updateWorkflowFields } from './shared';
import type { TransitionCommand } from './types';

/** `withdraw`: the team takes the procedure off the portal and BIP; the register records why. */
export const withdraw: TransitionCommand = {
  name: 'withdraw',
  note: (input) => requiredText(input.explanation, 'Uzasadnienie wycofania', workflowMessages.explanationRequired),
  async apply(ctx) {
    await updateWorkflowFields(ctx, {});
    await writeRegisterEntry(ctx, 'withdrawal', null);
  },
  async after(ctx) {
    await refreshLiveFlags(ctx.req.payload, ctx.now, { procedure: ctx.id });
    emitDecision({ procedureId: ctx.id, transition: 'withdraw', at: ctx.now });
  },
  message: () => workflowMessages.withdrawn,
};
