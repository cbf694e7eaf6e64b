/**
 * `<copy-link>`: copies the address in its read-only box and says so in its status
 * line. Loaded by ShareLinks.astro the first time its button is pressed, so a page
 * carries none of it until then; without JavaScript the box is there to select.
 */
export class CopyLink extends HTMLElement {
  copy() {
    const input = this.querySelector('input')!;
    const status = this.querySelector('[role="status"]')!;
    status.textContent = '';
    navigator.clipboard.writeText(input.value).then(
      () => (status.textContent = 'Đã sao chép'),
      () => {
        input.select();
        status.textContent = 'Không sao chép được: liên kết đã được chọn, hãy sao chép trong ô';
      },
    );
  }
}
if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
