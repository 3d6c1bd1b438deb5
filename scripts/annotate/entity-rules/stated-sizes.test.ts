import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`);

describe('stated sizes in extractEntities', () => {
	it('names the paper\'s model once when its apposition gives the size its sized name carries', () => {
		const abstract = 'We present Foo-Owl, a frontier 4B deep research agent for edge deployment. Foo-Owl-4B significantly outperforms prior agents.';
		expect(entities('Foo-Owl: small research agents', abstract)).toEqual(['Foo-Owl:introduced']);
	});

	it('keeps a sized variant the text does not give the bare name', () => {
		const abstract = 'We present Foo-Owl, a deep research agent for edge deployment. Foo-Owl-4B significantly outperforms prior agents.';
		expect(entities('Foo-Owl: small research agents', abstract)).toContain('Foo-Owl-4B:introduced');
	});
});
