import { describe, expect, it } from 'vitest';
import { emptyLexicons, type Lexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { entityContext } from '../testing/entity-context.ts';
import { prefixedFamilyNames } from './prefixed-family-names.ts';

const models = (...names: string[]): Lexicons => ({ ...emptyLexicons(), model: names.map((name) => ({ name, aliases: [] })) });
const family = models('R-CNN', 'Fast R-CNN', 'Mask R-CNN', 'YOLO', 'Tiny YOLO');
const found = (abstract: string, lexicons = family) => prefixedFamilyNames.find({ ...entityContext(abstract, { known: new Set(['Fast R-CNN', 'Mask R-CNN', 'Tiny YOLO']) }), lexicons }).map((f) => `${f.name}:${f.type}/${f.role}`);

describe('prefixedFamilyNames', () => {
	it('reads a coined or a plain capitalised word before the name of a family the lexicons name by prefixes as one member', () => {
		expect(found('We used the cascade mask regions with convolutional neural networks (CMask R-CNN) as the backbone.')).toEqual(['CMask R-CNN:model/used']);
		expect(found('It is compared with Libra R-CNN on aerial images.')).toEqual(['Libra R-CNN:model/used']);
	});

	it('reads no prefix in a sentence-opening capital, a determiner or a listed member', () => {
		expect(found('Using R-CNN, we detect trees. Detection R-CNN works well.')).toEqual([]);
		expect(found('The R-CNN detector and a Mask R-CNN baseline were trained.')).toEqual([]);
	});

	it('reads no family where the lexicons write a name after one word only once', () => {
		expect(found('We compare with Libra YOLO on aerial images.')).toEqual([]);
	});

	it('names the member in place of the family in the paper\'s entities', () => {
		const entities = extractEntities('', 'We used the CMask R-CNN as the backbone, and the CMask R-CNN performed best.', family).map((e) => e.name);
		expect(entities).toEqual(['CMask R-CNN']);
	});
});
