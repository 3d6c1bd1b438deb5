/**
 * The input formats paperfold reads, one module each in `formats/`. A listing goes to the format
 * that sniffs surest; on a tie the earlier one in this list wins.
 */
import { arxivAtom } from './formats/arxiv-atom.ts';
import { bibtex } from './formats/bibtex.ts';
import { cslJson } from './formats/csl-json.ts';
import { csv } from './formats/csv.ts';
import { endnoteXml } from './formats/endnote-xml.ts';
import { hfJson } from './formats/hf-json.ts';
import { hfPage } from './formats/hf-page.ts';
import { medline } from './formats/medline.ts';
import { ris } from './formats/ris.ts';
import { webOfScience } from './formats/web-of-science.ts';
import { webOfScienceTab } from './formats/web-of-science-tab.ts';
import type { InputFormat } from './types.ts';

/** Every input format, in tie-break order. */
export const FORMATS: readonly InputFormat[] = [hfJson, cslJson, arxivAtom, endnoteXml, ris, medline, webOfScience, webOfScienceTab, bibtex, csv, hfPage];
