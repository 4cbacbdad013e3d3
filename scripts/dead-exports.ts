/**
 * Lists exports no other file imports (tests count as importers), following barrels and
 * re-exports to the declaration: `npx tsx scripts/dead-exports.ts [--local]`. By default only
 * exports used nowhere at all; `--local` adds those used only inside their own file. Default
 * exports (WXT entrypoints) are skipped. Check docs/contracts.md before removing one.
 */
import { relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();
const ours = program.getSourceFiles().filter((f) => !f.fileName.includes('/node_modules/') && !f.fileName.includes('/.wxt/'));

const original = (s: ts.Symbol): ts.Symbol => {
  let x = s;
  for (let i = 0; i < 20 && x.flags & ts.SymbolFlags.Alias; i++) x = checker.getAliasedSymbol(x);
  return x;
};
const used = new Set<ts.Symbol>();
const use = (node: ts.Node) => {
  const s = checker.getSymbolAtLocation(node);
  if (s) used.add(original(s));
};
const useAll = (specifier: ts.Node) => {
  const module = checker.getSymbolAtLocation(specifier);
  if (module) for (const e of checker.getExportsOfModule(module)) used.add(original(e));
};

for (const file of ours) {
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const { name, namedBindings } = node.importClause;
      if (name) use(name);
      if (namedBindings && ts.isNamedImports(namedBindings)) for (const el of namedBindings.elements) use(el.name);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) useAll(node.moduleSpecifier);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      // `const { a, b } = await import(…)` uses a and b; any other dynamic import counts as using everything.
      const binding = ts.isAwaitExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent) ? node.parent.parent.name : undefined;
      const module = checker.getSymbolAtLocation(node.arguments[0]);
      if (binding && ts.isObjectBindingPattern(binding) && module) {
        const exports = checker.getExportsOfModule(module);
        for (const el of binding.elements) {
          const key = (el.propertyName ?? el.name).getText();
          const e = exports.find((x) => x.name === key);
          if (e) used.add(original(e));
        }
      } else useAll(node.arguments[0]);
    }
    if (ts.isImportTypeNode(node) && node.qualifier) use(ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.right);
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const local = process.argv.includes('--local');
for (const file of ours) {
  const path = relative(root, file.fileName);
  const module = checker.getSymbolAtLocation(file);
  if (path.startsWith('tests/') || !module) continue;
  for (const e of checker.getExportsOfModule(module)) {
    const declared = original(e);
    if (e.escapedName === 'default' || used.has(declared) || declared.declarations?.[0]?.getSourceFile() !== file) continue;
    const mentions = file.getFullText().split(new RegExp(`\\b${e.name.replace(/\$/g, '\\$')}\\b`)).length - 1;
    if (mentions <= 1) console.log(`${path}\t${e.name}\tunused`);
    else if (local) console.log(`${path}\t${e.name}\tused only in its file`);
  }
}
