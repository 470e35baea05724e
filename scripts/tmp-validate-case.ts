import { join } from 'node:path';
import { formatDiagnostics } from '../src/content/diagnostics';
import { validateFiles } from '../src/content/validate';
import { withCase } from '../tests/content/fixtures';
const r = validateFiles(withCase(join(import.meta.dirname, '..', 'tests', 'fixtures', process.argv[2])));
console.log(formatDiagnostics(r.diagnostics), r.errors);
