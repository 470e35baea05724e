/**
 * `passerelle report <evaluation> -o <file.pdf>`: writes the committee's analysis report (the call,
 * the offers, the exclusions and their reasons, the marks and their justifications, the price
 * method, the ranking), the document a buyer files. Writes nothing when it cannot be laid out.
 */
import { renderEvaluation } from '../pdf/documents/evaluation';
import type { Options } from './args';
import type { Io } from './main';
import { writePdf } from './write-pdf';

export function runReport(args: string[], options: Options, io: Io): Promise<number> {
  return writePdf(args, options, io, { argument: '<évaluation>', render: renderEvaluation });
}
