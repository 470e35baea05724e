import { join } from 'node:path';
import { validateFiles } from '../src/content/validate';
import { callDocument } from '../src/document/call/index';
import { readFixture } from '../tests/content/fixtures';
import { documentText } from '../tests/document/document-text';
const dir = process.argv[2] || join(import.meta.dirname, '..', 'tests', 'fixtures', 'real-calls');
const result = validateFiles(readFixture(dir));
for (const t of result.corpus.tenders) if (!process.argv[3] || t.id.startsWith(process.argv[3])) console.log(`\n=========== ${t.id}\n${documentText(callDocument(t))}`);
