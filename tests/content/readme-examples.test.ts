/**
 * The calls the README shows as examples of the content format validate as they are written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { validateFiles } from '../../src/content/validate';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Les appels tels que les acheteurs les écrivent'), readme.indexOf('**Lots ou prestations.**'));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the README’s examples of calls', () => {
  it('are an AMI without price and a call with lots capped in beneficiaries', () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]).toMatch(/kind: call-for-expressions-of-interest[\s\S]*priceModel: none/);
    expect(examples[1]).toMatch(/unit: beneficiaries/);
  });

  it.each(examples.map((text, i) => [i + 1, text]))('example %i validates', (_i, text) => {
    const result = validateFiles([{ collection: 'tenders', path: 'content/tenders/exemple.yaml', text: text as string }]);
    expect(formatDiagnostics(result.diagnostics)).toBe('');
  });
});
