import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { entityContext } from '../testing/entity-context.ts';
import { capitalNamesOfKind } from './capital-names-of-kind.ts';

// Inputs written after the development listings' abstracts (automated driving, speech) and
// held-out ones (HCI, neuroimaging), and one of negatives: abbreviations of kinds, a defined
// acronym, kinds that are no collection or software.
describeStoredOutputs(
	new URL('./fixtures/capital-names-of-kind/', import.meta.url),
	'capitalNamesOfKind on fixture %s',
	'finds exactly the names of the stored output.json',
	(file) => capitalNamesOfKind.find(entityContext(file('input.txt')!)).map((f) => `${f.name}:${f.type}:${f.role}`),
);
