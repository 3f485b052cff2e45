import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packageFile } from './package-file.ts';

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(packageFile('vega-lite', 'build/vega-lite-schema.json'), 'utf8'));
    // Unoptimized code compiles the 1.6 MB schema in about a second instead of four; validating a spec stays instant.
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false, code: { optimize: false } });
    validator = ajv.compile(schema);
  }
  return validator;
}

function describe(errors: ErrorObject[]): string[] {
  // With anyOf, ajv reports every branch; the deepest paths are the ones that point at the mistake.
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const seen = new Set<string>();
  return errors
    .filter((e) => depth(e) === deepest)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`)
    .filter((line) => !seen.has(line) && seen.add(line))
    .slice(0, 5);
}

/** Checks a spec against Vega-Lite's own JSON schema; returns what is wrong, empty when valid. */
export function schemaErrors(spec: unknown): string[] {
  const validate = compiled();
  return validate(spec) ? [] : describe(validate.errors ?? []);
}
