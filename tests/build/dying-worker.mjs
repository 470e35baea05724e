// A PDF worker that dies on its first job (as one that runs out of memory): tests/build/pdf-failure.test.ts.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
