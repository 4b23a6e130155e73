// Checks every Amazon States Language document the app ships (and its tests use) with asl-validator,
// the same rules the AWS deployment's definitions must pass. Placeholders `${Key}` (filled by CDK's
// definitionSubstitutions on AWS, by Workflows.declare locally) become dummies first: an ARN-shaped one
// in a Resource, the key's name elsewhere. Offline once `npm ci` has run; exits 1 on any invalid file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import validator from 'asl-validator';

const here = dirname(fileURLToPath(import.meta.url));
const roots = process.argv.length > 2 ? process.argv.slice(2)
  : [join(here, '../src/main/resources'), join(here, '../src/test/resources')];
const DUMMY_FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:placeholder';

const documents = (dir) => {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      found = found.concat(documents(path));
    } else if (entry.endsWith('.asl.json')) {
      found.push(path);
    }
  }
  return found;
};

const substitute = (node, key) => {
  if (typeof node === 'string') {
    if (key === 'Resource' && /^\$\{[^}]*\}$/.test(node)) {
      return DUMMY_FUNCTION;
    }
    return node.replace(/\$\{([^}]*)\}/g, (_, name) => name);
  }
  if (Array.isArray(node)) {
    return node.map((element) => substitute(element, key));
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([field, value]) => [field, substitute(value, field)]));
  }
  return node;
};

let failed = 0;
const files = roots.flatMap(documents);
for (const file of files) {
  const name = relative(join(here, '..'), file);
  let definition;
  try {
    definition = substitute(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`${name}: not JSON: ${error.message}`);
    failed++;
    continue;
  }
  const { isValid, errors } = validator(definition, { checkPaths: true, checkArn: true });
  if (isValid) {
    console.log(`${name}: valid`);
  } else {
    failed++;
    console.error(`${name}: invalid`);
    for (const error of errors) {
      console.error(`  ${error['Error code'] ?? ''} ${error.Message ?? JSON.stringify(error)}`);
    }
  }
}
console.log(`asl-validator: ${files.length} document(s), ${failed} invalid`);
process.exit(failed === 0 ? 0 : 1);
