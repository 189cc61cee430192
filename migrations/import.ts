/**
 * `npm run import -- <file-or-dir>... [--report <file>] [--as draft|approved]`
 * Imports exchange-format JSON (one procedure per file, or an array). Exit code 1 when anything
 * was rejected, 0 otherwise; the report file is `{"imported": [...], "rejected": [...]}`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { boot } from '../cms/boot';
import { type ImportAs, importRecords } from './importer/importRecords';
import { readSources } from './importer/readSources';

const USAGE = 'Użycie: npm run import -- <plik-lub-katalog>... [--report <plik>] [--as draft|approved]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { report: { type: 'string' }, as: { type: 'string', default: 'draft' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.as !== 'draft' && values.as !== 'approved') {
    console.error(`--as przyjmuje "draft" albo "approved" (podano "${values.as}").\n${USAGE}`);
    return 2;
  }
  const inputs = readSources(positionals);
  console.log(
    `Import: ${inputs.length} rekordów z ${positionals.length} ścieżek, jako ${values.as === 'approved' ? 'zatwierdzone' : 'szkice'}.`,
  );
  const payload = await boot();
  const started = Date.now();
  const showProgress = inputs.length >= 50;
  const report = await importRecords(payload, inputs, {
    as: values.as as ImportAs,
    onProgress: (done, total) => {
      if (showProgress && (done % 50 === 0 || done === total)) {
        const rate = done / ((Date.now() - started) / 1000);
        process.stderr.write(`  zapisano ${done}/${total} (${rate.toFixed(0)}/s)\n`);
      }
    },
  });

  for (const rejection of report.rejected) {
    console.log(`✗ ${rejection.source}${rejection.slug ? ` (${rejection.slug})` : ''}`);
    for (const error of rejection.errors) console.log(`    ${error.path || '(cały rekord)'}: ${error.message}`);
  }
  console.log(
    `Zaimportowano ${report.imported.length} (nowe: ${report.created.length}, zmienione: ${report.updated.length}, bez zmian: ${report.unchanged.length}), ` +
      `odrzucono ${report.rejected.length}, utworzone komórki: ${report.departmentsCreated.length}, ` +
      `czas ${((Date.now() - started) / 1000).toFixed(1)} s, szczyt pamięci ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  );
  if (values.report) {
    fs.writeFileSync(values.report, `${JSON.stringify({ imported: report.imported, rejected: report.rejected }, null, 2)}\n`);
    console.log(`Raport: ${values.report}`);
  }
  return report.rejected.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Import przerwany:', error);
    process.exit(2);
  },
);
