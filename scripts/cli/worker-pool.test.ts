import { afterEach, describe, expect, it, vi } from 'vitest';
import { withWorkerPool, WorkerPool } from './worker-pool.ts';

/** Makes every pool's `close` end its workers but answer only when `release` is called; gives the real endings. */
function holdClosing(): { endings: Promise<void>[]; release: () => void } {
	const close = WorkerPool.prototype.close;
	const endings: Promise<void>[] = [];
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	vi.spyOn(WorkerPool.prototype, 'close').mockImplementation(function (this: WorkerPool) {
		const ending = close.call(this);
		endings.push(ending);
		return ending.then(() => released);
	});
	return { endings, release: () => release() };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('withWorkerPool', () => {
	it('gives what the work made without waiting for the workers to end, and ends them', async () => {
		const { endings, release } = holdClosing();
		// Would never settle if the result waited for the pool's ending.
		await expect(withWorkerPool(2, async (pool) => pool.workers)).resolves.toBe(1);
		expect(endings).toHaveLength(1);
		await Promise.all(endings);
		release();
	});

	it('throws the work\'s error only once the workers have ended', async () => {
		const { endings, release } = holdClosing();
		const events: string[] = [];
		const run = withWorkerPool(2, async () => {
			throw new Error('work failed');
		}).catch((error: Error) => events.push(error.message));
		await Promise.all(endings);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(events).toEqual([]);
		events.push('released');
		release();
		await run;
		expect(events).toEqual(['released', 'work failed']);
	});
});
