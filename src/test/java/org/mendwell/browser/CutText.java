package org.mendwell.browser;

/**
 * Issue 16, the Spanish crawl: scripts that find text a page shows cut off. A grid cell or header ends a text that
 * does not fit in "…" (Vaadin's cells and sorters clip), so what is measured is the text's own width against the box
 * it is shown in, not what a screenshot shows.
 */
final class CutText {

    private CutText() {}

    /**
     * Texts inside the page's grids that are cut off: a cell whose content is wider than the cell, a text running past
     * the box that clips it, a header's word wider than the room its sorter leaves it. A cell of a column scrolled out
     * of the grid's view counts too: its text must fit its cell.
     */
    static final String IN_GRIDS = """
            () => {
              const cut = [];
              const ctx = document.createElement('canvas').getContext('2d');
              const clipOf = node => {
                for (let n = node.assignedSlot || node.parentNode; n; n = n.assignedSlot || n.parentNode || n.host) {
                  if (n.nodeType !== 1) continue;
                  if (n.localName === 'vaadin-grid-cell-content' || getComputedStyle(n).overflowX !== 'visible') return n;
                }
                return null;
              };
              for (const c of document.querySelectorAll('vaadin-grid vaadin-grid-cell-content')) {
                if (!c.assignedSlot || c.getBoundingClientRect().width === 0) continue;
                if (c.scrollWidth > c.clientWidth + 1) { cut.push(c.textContent.trim().slice(0, 60)); continue; }
                const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                  if (!text.data.trim()) continue;
                  const clip = clipOf(text);
                  if (!clip) continue;
                  const box = clip.getBoundingClientRect();
                  const range = document.createRange();
                  range.selectNodeContents(text);
                  if ([...range.getClientRects()].some(r => r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))) {
                    cut.push(text.data.trim().slice(0, 60));
                  }
                }
              }
              for (const s of document.querySelectorAll('vaadin-grid vaadin-grid-sorter')) {
                const part = s.shadowRoot.querySelector('[part=content]');
                const style = getComputedStyle(s);
                ctx.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
                const widest = Math.max(...s.textContent.trim().split(/\\s+/).map(word => ctx.measureText(word).width));
                if (part.scrollWidth > part.clientWidth + 1 || widest > part.clientWidth + 1
                    || s.getBoundingClientRect().right > s.parentElement.getBoundingClientRect().right + 1) {
                  cut.push('header ' + s.textContent.trim());
                }
              }
              return cut;
            }""";

    /**
     * Whether a badge shows whole, given the screen's width: inside the screen and inside its grid cell (a cell hides
     * what runs past its edge), its own text not cut.
     */
    static final String SHOWS_WHOLE = """
            (badge, width) => {
              const b = badge.getBoundingClientRect();
              const cell = badge.closest('vaadin-grid-cell-content').getBoundingClientRect();
              return b.width > 0 && b.left >= 0 && b.right <= width + 0.5
                  && b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5
                  && badge.scrollWidth <= badge.clientWidth + 1;
            }""";

    /** Every badge in the page's grids that does not show whole ({@link #SHOWS_WHOLE}), by its text. */
    static final String BADGES_NOT_WHOLE = """
            () => [...document.querySelectorAll("vaadin-grid [theme~='badge']")].filter(badge => {
              const b = badge.getBoundingClientRect();
              if (b.width === 0) return false;
              const cell = badge.closest('vaadin-grid-cell-content').getBoundingClientRect();
              return !(b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5
                  && badge.scrollWidth <= badge.clientWidth + 1);
            }).map(badge => badge.textContent.trim())""";
}
