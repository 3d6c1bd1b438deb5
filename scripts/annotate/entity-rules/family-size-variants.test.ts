import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('familySizeVariants', () => {
	it('names a listed model family with its size word as the model used', () => {
		const found = entities('Our add-on improves depth estimation by 3% on NYUv2 with ViT Small and by 2% with ViT-Large.');
		expect(found).toContain('ViT Small:model/used');
		// the hyphenated form was found before, by the model-name rule
		expect(found).toContain('ViT-Large:model/used');
		expect(found).not.toContain('ViT:model/used');
	});

	it('leaves a size word after a name no lexicon lists as a model', () => {
		expect(entities('The FOO Large split and the XYZ Base station were used.').filter((e) => /Large|Base/.test(e))).toEqual([]);
	});
});
