import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('hyphenatedProcedures in extractEntities', () => {
	it("takes a chain of capitalised steps before a process noun, the authors' own in their voice", () => {
		expect(found('We show that judges help twice: at test time, a Draft-Review-Revise loop turns reviews into edits.')).toEqual(['Draft-Review-Revise:method/introduced']);
		expect(found('Agents commonly follow the Observe-Plan-Act cycle of earlier work.')).toEqual(['Observe-Plan-Act:method/used']);
		expect(found('Here we study the Observe-Plan-Act cycle in teams.')).toEqual(['Observe-Plan-Act:method/used']);
	});

	it('leaves two hyphenated words and a chain before no process noun', () => {
		expect(found('We use a Read-Write loop. The Draft-Review-Revise results are shown.')).toEqual([]);
	});
});
