import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { entityContext } from '../testing/entity-context.ts';
import { extractEntities } from '../text/entities.ts';
import { sizedModelNames } from './sized-model-names.ts';

const names = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);

// unseen-round32 Hugging Face day: "it enables the lightweight 6B model Z-Image-Turbo to surpass the state-of-the-art …".
describe('sizedModelNames in extractEntities', () => {
	it('names the model after its parameter count and kind, hyphenated words and all', () => {
		expect(names('Our agent lets the lightweight 6B model Q-Paint-Fast beat larger ones.')).toContain('Q-Paint-Fast/model/used');
		expect(names('We fine-tune the 8B model Heron, which then leads.')).toContain('Heron/model/used');
	});

	it('leaves a plain word that goes on as prose', () => {
		expect(sizedModelNames.find(entityContext('A 7B model Trained on less data still wins.'))).toEqual([]);
	});
});
