import { fileTypeFromBuffer } from 'file-type';
import { type CollectionBeforeOperationHook, ValidationError } from 'payload';
import { messages } from '../../../../schemas';
import { maxUploadBytes } from '../../../env';
import { allowedTypeOf, extensionMatches } from '../mediaTypes';
import { documentMessages } from '../messages';

/** Rejects, with a Polish message, an upload whose bytes are not PDF/DOC/DOCX/RTF or that is too large. */
export const checkFileType: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const file = req.file;
  if (!file?.data) return args;
  const limit = maxUploadBytes();
  const fail = (message: string): never => {
    throw new ValidationError({ collection: 'documents', errors: [{ path: 'file', label: 'Plik', message }], req }, req.t);
  };
  if (file.size > limit || file.data.length > limit) fail(messages.fileTooLarge(Math.round(limit / 1024 / 1024)));
  const detected = await fileTypeFromBuffer(file.data);
  const allowed = allowedTypeOf(detected, file.name);
  if (!allowed) return fail(messages.fileType(detected?.ext ?? 'nieznany'));
  if (!extensionMatches(allowed, file.name)) return fail(documentMessages.extensionMismatch(file.name, detected?.ext ?? 'nieznany'));
  file.mimetype = allowed;
  return args;
};
