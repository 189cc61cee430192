import { workflowMessages } from '../messages';
import { requiredText, updateWorkflowFields } from './shared';
import type { TransitionCommand } from './types';

/** `return`: the team sends the change back to the editor with a comment. */
export const returnChange: TransitionCommand = {
  name: 'return',
  note: (input) => requiredText(input.comment, 'Komentarz', workflowMessages.commentRequired),
  apply: (ctx) => updateWorkflowFields(ctx, {}),
  message: () => workflowMessages.returned,
};
