import { describe, expect, it } from 'vitest';
import { formatRelated, formatRelatedDetails, scoreRelated } from './score-related.ts';

const fields = new Map([
	['crack-net', 'civil engineering'],
	['road-yolo', 'civil engineering'],
	['hif-brain', 'neuroscience'],
]);

describe('scoreRelated', () => {
	it('counts links, papers without one, and the links that join two labelled fields', () => {
		const score = scoreRelated(
			[
				{ id: 'crack-net', related: [{ id: 'road-yolo', shared: ['pavement defect detection'] }, { id: 'hif-brain', shared: ['hypoxia'] }] },
				{ id: 'road-yolo', related: [{ id: 'crack-net', shared: ['YOLOv3'] }, { id: 'unlabelled', shared: ['edge devices'] }] },
				{ id: 'hif-brain', related: [] },
			],
			fields,
		);
		expect(score).toMatchObject({ papers: 3, links: 4, withNone: 1, betweenLabelled: 3 });
		expect(score.loneWordReasons).toEqual(['hypoxia']);
		expect(score.acrossFields).toEqual([{ from: 'crack-net', to: 'hif-brain', fields: ['civil engineering', 'neuroscience'], shared: ['hypoxia'] }]);
		expect(formatRelated(score)).toContain('33.3 % of 3 links between gold papers join two fields');
		expect(formatRelatedDetails(score)).toContain('- civil engineering → neuroscience: crack-net → hif-brain (hypoxia)');
		expect(formatRelatedDetails(score)).toContain("Lone lower-case words given as a link's only reason: hypoxia (1)");
	});

	it('takes a capitalised name or a phrase as a reason, not as one common word', () => {
		const score = scoreRelated([{ id: 'a', related: [{ id: 'b', shared: ['YOLOv3'] }, { id: 'c', shared: ['pavement defect'] }, { id: 'd', shared: ['power'] }] }], new Map());
		expect(score.loneWordReasons).toEqual(['power']);
		expect(score.betweenLabelled).toBe(0);
	});
});
