/**
 * The name a title gives its system at its end, after the preposition of its means: "Aligning sequence
 * reads, clone sequences and assembly contigs with BWA-MEM", "Fast gapped-read alignment with Bowtie 2",
 * "Variant calling using GATK4". Tool papers in the life sciences and software papers title themselves so
 * as often as "Name: subtitle" (`titleName` in `tldr.ts`), and their abstracts then open with what the
 * name is ("BWA-MEM is a new alignment algorithm for …").
 *
 * Only a name shaped as one counts: a token with a capital after its first letter, a digit or a hyphen
 * ("BWA-MEM", "SAMtools", "GATK4"), optionally followed by a version number ("Bowtie 2"); "… with Deep
 * Learning" or "… using Transformers" name a kind of method, not a system.
 */

// The last words of the title: a preposition of means, then one name-shaped token and an optional version.
const TAIL = /\s(?:with|using|via|through)\s+([A-Za-z][\w.+/-]*(?:\s\d+(?:\.\d+)*)?)\s*\.?$/;
// A token shaped as a name: a capital after its first letter, or a digit, or a hyphen between letters.
const NAME_SHAPE = /^[A-Za-z]\S*(?:[A-Z]|\d)|^[A-Za-z]+-[A-Za-z0-9]/;

/**
 * The system a title names at its end after "with", "using", "via" or "through", or null.
 *
 * @example titleTailName('Aligning sequence reads with BWA-MEM') // 'BWA-MEM'
 * @example titleTailName('Image segmentation with Deep Learning') // null
 */
export function titleTailName(title: string): string | null {
	const match = TAIL.exec(title.trim());
	if (!match) return null;
	const name = match[1]!;
	return NAME_SHAPE.test(name.split(' ')[0]!) ? name : null;
}
