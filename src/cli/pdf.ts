/**
 * `passerelle pdf <response-id> -o <file.pdf>`: renders one response PDF. Writes nothing when the
 * response cannot be laid out (a French message says why).
 */
import { renderResponse } from '../pdf/documents/response';
import type { Options } from './args';
import type { Io } from './main';
import { writePdf } from './write-pdf';

export function runPdf(args: string[], options: Options, io: Io): Promise<number> {
  return writePdf(args, options, io, { argument: '<réponse>', render: renderResponse });
}
