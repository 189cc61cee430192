export const PDF = 'application/pdf';
export const DOC = 'application/msword';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const RTF = 'application/rtf';

export const ALLOWED_MEDIA_TYPES = [PDF, DOC, DOCX, RTF] as const;
export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

/**
 * What the bytes say, reduced to the four allowed types. `file-type` reports a DOC as a generic
 * OLE compound file (`cfb`); a compound file is accepted as DOC only under a .doc name.
 */
export function allowedTypeOf(detected: { ext: string; mime: string } | undefined, fileName: string): AllowedMediaType | undefined {
  if (!detected) return undefined;
  if (detected.mime === PDF) return PDF;
  if (detected.mime === DOCX) return DOCX;
  if (detected.mime === RTF || detected.ext === 'rtf') return RTF;
  if (detected.ext === 'cfb' && /\.doc$/i.test(fileName)) return DOC;
  return undefined;
}

const EXTENSIONS: Record<AllowedMediaType, readonly string[]> = {
  [PDF]: ['pdf'],
  [DOC]: ['doc'],
  [DOCX]: ['docx'],
  [RTF]: ['rtf'],
};

/** Whether a file's name says what its bytes are (a PDF named `.docx` misleads the resident who opens it). */
export function extensionMatches(type: AllowedMediaType, fileName: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && EXTENSIONS[type].includes(extension);
}

export function isAllowedMediaType(value: unknown): value is AllowedMediaType {
  return typeof value === 'string' && (ALLOWED_MEDIA_TYPES as readonly string[]).includes(value);
}
