import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The page API's types, checked by the TypeScript compiler on two fixtures: a
// module importing `touchpoint` and a page using the global through the served
// declaration file. Each marked line must fail to compile, and only those.

const FIXTURES = ['calls.ts', 'global.ts'].map((name) => fileURLToPath(new URL(`../api/typeTest/${name}`, import.meta.url)));
const MARK = '// @ts-expect-error';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  types: [],
};

/** Compiles the fixtures with the marks taken out and lists the errors as `file:line message`. */
function errorsWithoutMarks(): string[] {
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    return text && FIXTURES.includes(file) ? text.replaceAll(MARK, '// (expected error)') : text;
  };
  const program = ts.createProgram(FIXTURES, OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '?';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

/** The line after each mark: where the compiler must complain. */
function markedLines(): string[] {
  return FIXTURES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.startsWith(MARK) ? [`${file.split('/').pop()}:${i + 2}`] : [])),
  );
}

describe('the typed page API (widget/api)', () => {
  // One compile with the marks taken out: the marked calls fail, the others compile
  // (`tsc -p .` compiles the fixtures with the marks, which fails if one does not).
  it('compiles the right calls and refuses exactly the marked wrong ones', () => {
    const found = errorsWithoutMarks();
    expect(markedLines().length).toBeGreaterThanOrEqual(10);
    expect(found.map((e) => e.split(' ')[0])).toEqual(markedLines());
  }, 60_000);
});
