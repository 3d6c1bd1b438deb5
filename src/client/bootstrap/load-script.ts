/**
 * Inlined where a page needs a script file at once (the all-papers table): loads the classic
 * script named by its `data-script` attribute from the site's root, which from `file://` a
 * plain `<script src>` under the base path would miss.
 */
import { loadScript } from '../site-root.ts';

loadScript(document.currentScript!.dataset.script!);
