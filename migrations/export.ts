/** `npm run export -- <dir>`: every procedure as exchange-format JSON, with its attachments. */
import path from 'node:path';
import { boot } from '../cms/boot';
import { dataDir } from '../cms/env';
import { exportProcedures } from './exporter/exportProcedures';

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('-')) {
    console.error('Użycie: npm run export -- <katalog>');
    return 2;
  }
  const payload = await boot();
  const result = await exportProcedures(payload, path.resolve(dir), path.join(dataDir(), 'uploads', 'documents'));
  console.log(`Wyeksportowano ${result.procedures} procedur i ${result.files} plików do ${path.resolve(dir)}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Eksport przerwany:', error);
    process.exit(2);
  },
);
