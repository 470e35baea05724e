/**
 * Prints the open-data JSON of one sample sheet (`tsx tests/site/print-sheet-json.ts <id>`), so
 * that a test can compare the bytes of two separate processes.
 */
import { loadCorpus } from '../../src/content/content-fs';
import { byId } from '../../src/domain/corpus';
import { programmeMetrics } from '../../src/domain/metrics';
import { sheetOpenData } from '../../src/site/sheet-json';

const entry = byId(loadCorpus().programmes, process.argv[2]);
if (!entry) throw new Error(`No programme ${process.argv[2]}`);
process.stdout.write(JSON.stringify(sheetOpenData(entry, programmeMetrics(entry.data), 'https://exemple.fr')));
