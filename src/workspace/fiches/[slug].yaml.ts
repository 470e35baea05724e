/** /espace/fiches/<id>.yaml: a published sheet's file, to send to a bank (see sheet-file.ts). */
import { sheetFile, sheetFilePaths } from './sheet-file';

export const getStaticPaths = sheetFilePaths('yaml');
export const GET = sheetFile;
