/** A file's size in a list as Polish offices write it ("888 B", "1,2 MB"), not Payload's "888 bytes". */
import type React from 'react';
import { formatFileSize } from '../../../templates/format/files';

export function FileSize({ cellData }: { cellData?: unknown }): React.ReactElement | null {
  return typeof cellData === 'number' ? <span>{formatFileSize(cellData)}</span> : null;
}
