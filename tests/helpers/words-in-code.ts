import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Attributes whose strings are structure, never words a person reads. */
const STRUCTURE = new Set([
  'className',
  'id',
  'href',
  'type',
  'name',
  'htmlFor',
  'role',
  'value',
  'autoComplete',
  'inputMode',
  'key',
]);
const WORDS = /\p{L}{2,}/u;
/** A kebab-case or lower-case id ("safety-net-heading", "checkboxes"): structure, not words. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHRASE = /\p{L}{2,}[,.:;!?’']?\s+\p{L}/u;

const isErrorMessage = (node: ts.Node) => ts.isNewExpression(node.parent) && /Error$/.test(node.parent.expression.getText());
const inAttribute = (node: ts.Node) =>
  ts.isJsxAttribute(node.parent) || (ts.isJsxExpression(node.parent) && ts.isJsxAttribute(node.parent.parent));

const inStructureAttribute = (node: ts.Node): boolean => {
  if (isErrorMessage(node)) return true;
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at))
      return (
        STRUCTURE.has(at.name.getText()) ||
        at.name.getText().startsWith('data-') ||
        at.name.getText().startsWith('aria-describedby')
      );
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    if (ts.isJsxElement(at) || ts.isBlock(at)) return false;
  }
  return false;
};

/**
 * The words a person reads that a TSX file holds itself: text between tags, and phrases in strings
 * (a page's title, a heading given as a prop) outside the attributes that carry structure and
 * the messages of errors a person never sees.
 */
export function wordsInCode(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      (PHRASE.test(node.text) || (inAttribute(node) && WORDS.test(node.text) && !ID.test(node.text))) &&
      !inStructureAttribute(node)
    )
      found.push(node.text);
    else if (ts.isTemplateExpression(node) && PHRASE.test(node.getText()) && !inStructureAttribute(node))
      found.push(node.getText());
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

export function tsxFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(path, root) : entry.name.endsWith('.tsx') ? [relative(root, path)] : [];
  });
}
