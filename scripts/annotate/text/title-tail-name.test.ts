import { describe, expect, it } from 'vitest';
import { titleTailName } from './title-tail-name.ts';

describe('titleTailName', () => {
	it('reads a name-shaped system after the preposition of means that ends a title', () => {
		expect(titleTailName('Mapping long reads to large genomes with LRA-X')).toBe('LRA-X');
		expect(titleTailName('Calling structural variants using SVcaller 3.')).toBe('SVcaller 3');
		expect(titleTailName('Fast spliced alignment via HiSeqMap')).toBe('HiSeqMap');
	});

	it('reads no kind of method, and no name that does not end the title', () => {
		expect(titleTailName('Image segmentation with Deep Learning')).toBeNull();
		expect(titleTailName('Protein folding using Transformers')).toBeNull();
		expect(titleTailName('Aligning reads with LRA-X in the cloud')).toBeNull();
	});
});
