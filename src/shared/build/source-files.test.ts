import { describe, expect, it } from 'vitest';
import { copySources, editFile } from '../testing/source-copy.ts';
import { readSourceFiles } from './source-files.ts';

describe('readSourceFiles', () => {
	it('reads the folder recursively, leaves out what `skip` names and follows relative imports out of it', () => {
		const root = copySources();
		editFile(root, 'src/loaders/nested/deeper/extra.ts', "import { helper } from '../../../elsewhere/helper.ts';\n");
		editFile(root, 'src/elsewhere/helper.ts', "export { more } from './more.ts';\n");
		editFile(root, 'src/elsewhere/more.ts', 'export const more = 1;\n');
		editFile(root, 'src/elsewhere/unused.ts', 'export const unused = 1;\n');
		const paths = readSourceFiles(root, ['src/loaders'], (path) => path.endsWith('.test.ts')).map((file) => file.path);
		expect(paths).toContain('src/loaders/paper-loader.ts');
		expect(paths).toContain('src/loaders/nested/deeper/extra.ts');
		expect(paths).toContain('src/elsewhere/helper.ts');
		expect(paths).toContain('src/elsewhere/more.ts'); // re-exported by helper.ts
		expect(paths).not.toContain('src/elsewhere/unused.ts');
		expect(paths.filter((path) => path.endsWith('.test.ts'))).toEqual([]);
	});
});
