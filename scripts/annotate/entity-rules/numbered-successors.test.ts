import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const typed = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}`);

describe('typeNumberedSuccessors in extractEntities', () => {
	it('types a name with a number glued on as the earlier name the text types', () => {
		const abstract = 'Recent biological models, such as FaunaCLIP, align images and text. Building upon FaunaCLIP2, we introduce a two-stage training framework.';
		expect(typed(abstract)).toEqual(expect.arrayContaining(['FaunaCLIP:model', 'FaunaCLIP2:model']));
	});

	it('leaves a numbered name whose stem the text does not type', () => {
		const abstract = 'Building upon FaunaCLIP2, we introduce a two-stage training framework.';
		expect(typed(abstract)).toEqual(expect.arrayContaining(['FaunaCLIP2:method']));
	});
});
