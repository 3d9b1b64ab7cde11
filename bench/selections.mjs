// The endurance run's selections (bench/run.mjs, bench/heap-diff.mjs), as page functions for
// `page.evaluate`.

/** Selections `from`..`to`, run inside the page so that the harness adds nothing to its heap:
 * the atlas by a click on the division (then its first charts are brought into view and drawn,
 * as a reader scrolling to them would have them); the reference as its click handler does. */
export const SELECT_IN_PAGE = {
  atlas: async ({ from, to, ids }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = from; i < to; i++) {
      const id = ids[(i * 5) % ids.length];
      document.querySelector(`path.division[data-place="${id}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await frame();
      const chart = document.querySelector('.chart');
      if (chart) {
        chart.scrollIntoView();
        for (let k = 0; k < 6; k++) await frame();
        window.scrollTo(0, 0);
        await frame();
      }
    }
  },
  reference: async ({ from, to, names }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = from; i < to; i++) {
      const name = names[(i * 5) % names.length];
      /* global mapChart, barChart, barOption: the reference page's own script bindings */
      mapChart.dispatchAction({ type: 'select', seriesIndex: 0, name });
      barChart.setOption(barOption(name));
      await frame();
    }
  },
};
