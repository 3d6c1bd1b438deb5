/**
 * `node scripts/bench/profile-shares-cli.ts PROFILE…` (files or folders of `.cpuprofile`): where
 * each thread's samples went in the annotate stage, by component (`profile-shares.ts`), and all
 * threads together. Made for profiles of the annotate stage alone:
 *
 *   node --cpu-prof --cpu-prof-dir=DIR --cpu-prof-interval 1000 scripts/bench/stage.ts annotate --work WORK
 *   node scripts/bench/profile-shares-cli.ts DIR
 *
 * With `--rebuild`, by the components of a one-abstract rebuild's generate (`REBUILD_COMPONENTS`):
 *
 *   node --no-regexp-tier-up --cpu-prof --cpu-prof-dir=DIR scripts/build.ts --no-site --source LISTING
 *   node scripts/bench/profile-shares-cli.ts --rebuild DIR
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ANNOTATE_COMPONENTS, REBUILD_COMPONENTS, profileShares, type CpuProfile, type ProfileShares } from './profile-shares.ts';

const rebuild = process.argv.includes('--rebuild');
const components = rebuild ? REBUILD_COMPONENTS : ANNOTATE_COMPONENTS;
const inputs = process.argv.slice(2).filter((arg) => arg !== '--rebuild');
if (inputs.length === 0) {
	process.stderr.write('Usage: node scripts/bench/profile-shares-cli.ts [--rebuild] PROFILE|DIR…\n');
	process.exit(2);
}
const files = inputs.flatMap((input) =>
	statSync(input).isDirectory()
		? readdirSync(input)
				.filter((name) => name.endsWith('.cpuprofile'))
				.sort()
				.map((name) => join(input, name))
		: [input],
);

const print = (title: string, { samples, shares }: ProfileShares) => {
	process.stdout.write(`${title}: ${samples} samples\n`);
	for (const share of shares) process.stdout.write(`${String(share.samples).padStart(8)} ${((100 * share.samples) / samples).toFixed(1).padStart(5)} %  ${share.label}\n`);
};
const all = new Map<string, number>();
let samples = 0;
for (const file of files) {
	const shares = profileShares(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, components);
	print(basename(file), shares);
	samples += shares.samples;
	for (const share of shares.shares) all.set(share.label, (all.get(share.label) ?? 0) + share.samples);
}
if (files.length > 1) print('all threads', { samples, shares: [...all].map(([label, n]) => ({ label, samples: n })).sort((a, b) => b.samples - a.samples) });
