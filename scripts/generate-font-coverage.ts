// Writes src/glyphs/coverage-data.ts, the characters the PDF fonts draw. Run: npm run fonts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageSource } from '../src/glyphs/generate';
import { readFontBytes } from '../src/pdf/fonts-fs';

const file = join(import.meta.dirname, '..', 'src', 'glyphs', 'coverage-data.ts');
writeFileSync(file, coverageSource(readFontBytes()));
console.log('src/glyphs/coverage-data.ts');
