import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { entityContext } from '../testing/entity-context.ts';
import { kindCalledNames } from './kind-called-names.ts';

// Inputs written after the development listing on automated driving (robotics), the bundled
// daily papers (NLP), the held-out listings on language acquisition and climate, and one of
// negatives: "so-called", a person, plural kinds, "called for".
describeStoredOutputs(
	new URL('./fixtures/kind-called-names/', import.meta.url),
	'kindCalledNames on fixture %s',
	'finds exactly the names of the stored output.json',
	(file) => kindCalledNames.find(entityContext(file('input.txt')!)).map((f) => `${f.name}:${f.type}:${f.role}`),
);
