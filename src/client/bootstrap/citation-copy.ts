/**
 * Inlined after the BibTeX entry (Citation.astro) of a paper page, which loads no script file
 * before search: shows each `[data-copy-target]` button, which copies its target's text, and
 * where the clipboard is missing or refused (file://, old browsers) selects it for Ctrl+C.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
	const target = document.getElementById(button.dataset.copyTarget!)!;
	const status = button.nextElementSibling!;
	button.hidden = false;
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(target.textContent!);
			status.textContent = 'Copied.';
		} catch {
			getSelection()?.selectAllChildren(target);
			status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
		}
	});
}
