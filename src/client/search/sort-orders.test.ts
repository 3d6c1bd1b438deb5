import { describe, expect, it } from 'vitest';
import { buildSortOrders, orderResults } from './sort-orders.ts';

const results = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('orderResults', () => {
	it('puts the results in the order given, ascending or descending', () => {
		const order = ['a', 'b', 'c', 'd'];
		expect(ids(orderResults(results('c', 'a', 'd'), order, false))).toEqual(['a', 'c', 'd']);
		expect(ids(orderResults(results('c', 'a', 'd'), order, true))).toEqual(['d', 'c', 'a']);
	});

	it('puts results the order does not list last, keeping their relevance order', () => {
		expect(ids(orderResults(results('x', 'b', 'y', 'a'), ['a', 'b'], true))).toEqual(['b', 'a', 'x', 'y']);
		expect(ids(orderResults(results('y', 'x'), [], false))).toEqual(['y', 'x']);
	});

	it('does not change the array it is given', () => {
		const given = results('b', 'a');
		orderResults(given, ['a', 'b'], false);
		expect(ids(given)).toEqual(['b', 'a']);
	});
});

describe('buildSortOrders', () => {
	it('orders page ids by date and by upvotes, ascending, leaving out pages without a value', () => {
		const orders = buildSortOrders([
			{ id: 'en_1', date: '2024-03-01', upvotes: 5 },
			{ id: 'en_2', date: null, upvotes: 40 },
			{ id: 'en_3', date: '2023-12-31', upvotes: null },
			{ id: 'en_4', date: '2024-01-15', upvotes: 0 },
		]);
		expect(orders).toEqual({ date: ['en_3', 'en_4', 'en_1'], upvotes: ['en_4', 'en_1', 'en_2'] });
	});

	it('writes no order for a key no page has', () => {
		expect(buildSortOrders([{ id: 'en_1', date: '2024-01-01', upvotes: null }])).toEqual({ date: ['en_1'] });
	});
});
