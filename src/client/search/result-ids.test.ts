import { describe, expect, it } from 'vitest';
import { buildPageIdTable, paperIdOfPath, provideResultIds, requestResultIds } from './result-ids.ts';

describe('paperIdOfPath', () => {
	it('reads the paper id of a paper page and nothing else', () => {
		expect(paperIdOfPath('/papers/reptile-at-scale/')).toBe('reptile-at-scale');
		expect(paperIdOfPath('/topics/meta-learning/')).toBeNull();
		expect(paperIdOfPath('/papers/')).toBeNull();
	});
});

describe('buildPageIdTable', () => {
	it('maps Pagefind page ids to paper ids, paper pages only', () => {
		const pageIds = new Map([
			['/papers/b/', 'en_2'],
			['/papers/a/', 'en_1'],
			['/glossary/', 'en_3'],
		]);
		expect(buildPageIdTable(pageIds)).toEqual({ en_1: 'a', en_2: 'b' });
	});
});

describe('requestResultIds', () => {
	it('gets the ids from the provider on the target, and null without one', async () => {
		const withPage = new EventTarget();
		provideResultIds(withPage, () => Promise.resolve(['a', 'b']));
		expect(await requestResultIds(withPage)).toEqual(['a', 'b']);
		expect(requestResultIds(new EventTarget())).toBeNull();
	});
});
