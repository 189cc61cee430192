import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['cms', 'schemas', 'publisher'];
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
/** Generated files (they say so at the top) are left out. */
const isGenerated = (text: string) => /^\/\*[^\n]*\bgenerated\b|^\/\/[^\n]*\bgenerated\b/i.test(text.slice(0, 400));

function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    (fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter(
        (e) => e.isFile() && /\.(ts|tsx|mjs)$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes('.next'),
      )
      .map((e) => path.join(e.parentPath, e.name)),
  );
}

function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) {
        const name = (node as { name?: ts.Node }).name?.getText() ?? `(line ${start + 1})`;
        found.push(`${path.relative(root, file)}: ${name} has ${end - start + 1} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Issue 10: small files and small functions in cms/, schemas/ and publisher/ (STYLE.md, "A file over ~300 lines is usually two things"). */
describe('production code size', () => {
  const files = sourceFiles()
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
    .filter(({ text }) => !isGenerated(text));

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .filter(({ text }) => text.split('\n').length > MAX_FILE_LINES)
      .map(({ file, text }) => `${path.relative(root, file)}: ${text.split('\n').length}`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(({ file, text }) => longFunctions(file, text))).toEqual([]);
  });
});
