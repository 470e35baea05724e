/** /espace/fiches/<id>.md: a published sheet written in Markdown, to send to a bank (see sheet-file.ts). */
import { sheetFile, sheetFilePaths } from './sheet-file';

export const getStaticPaths = sheetFilePaths('md');
export const GET = sheetFile;
