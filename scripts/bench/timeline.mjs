// Timeline figures for `npm run bench`, with the page's IndexedDB already holding the
// generated portfolio (10,000 projects):
//   1. first draw of /timeline: navigation start → the chart's first performance mark
//      'timeline-rendered' (its rows drawn with the whole portfolio), then the next frame;
//   2. the longest task while scrolling the timeline, from a PerformanceObserver of type
//      'longtask' in the page (the browser reports tasks of 50 ms and more), while the chart
//      scrolls down a screenful per frame, then along time, then jumps about;
//   3. (info) first draw of /events, the events table, the same way as 1.
/* global document, requestAnimationFrame */

const RUNS = 3;
const TARGET = { firstDrawMs: 1000, longestTaskMs: 100 };

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (v) => (v === null ? null : Math.round(v));

/** Navigation start → the first mark `name` (and the frame after it), in ms. */
async function firstDraw(page, url, mark, readySelector) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    ([name, selector]) => performance.getEntriesByName(name, 'mark').length > 0 && document.querySelector(selector) !== null,
    [mark, readySelector],
    { timeout: 60_000 },
  );
  return page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const [first] = performance.getEntriesByName(name, 'mark');
        requestAnimationFrame(() => resolve({ markMs: first.startTime, rows: first.detail?.rows ?? null, frameMs: performance.now() }));
      }),
    mark,
  );
}

/** In the page: scroll the chart for a while; report long tasks and the longest gap between frames. */
function scrollAndWatch() {
  return new Promise((resolve) => {
    const scroller = document.querySelector('.tl-scroll');
    if (!scroller) throw new Error('bench: the timeline chart (.tl-scroll) is not showing');
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const plan = [];
    for (let i = 0; i < 120; i += 1) plan.push(() => (scroller.scrollTop += scroller.clientHeight));
    for (let i = 0; i < 40; i += 1) plan.push(() => (scroller.scrollLeft += scroller.clientWidth / 2));
    for (let i = 0; i < 40; i += 1) plan.push(() => (scroller.scrollTop = ((i * 7919) % 97) / 97 * scroller.scrollHeight));
    let last = performance.now();
    let longestFrame = 0;
    let step = 0;
    const frame = () => {
      const now = performance.now();
      longestFrame = Math.max(longestFrame, now - last);
      last = now;
      const action = plan[step];
      step += 1;
      if (action) {
        action();
        requestAnimationFrame(frame);
        return;
      }
      // Let the last scroll's work land before reading the observer.
      setTimeout(() => {
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        resolve({
          frames: plan.length,
          longTasks: tasks.length,
          longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
          longestFrameMs: longestFrame,
          rowsDrawn: document.querySelectorAll('.tl-row').length,
          scrollHeight: scroller.scrollHeight,
        });
      }, 500);
    };
    requestAnimationFrame(frame);
  });
}

export async function run({ page, log }) {
  const origin = new URL(page.url()).origin;
  const results = [];

  const draws = [];
  for (let i = 0; i < RUNS; i += 1) {
    const figure = await firstDraw(page, `${origin}/timeline`, 'timeline-rendered', '.tl-row');
    draws.push(figure);
    log(`timeline reload ${i + 1}: mark ${round(figure.markMs)} ms (${figure.rows} rows), next frame ${round(figure.frameMs)} ms`);
  }
  const rowCount = draws[0]?.rows ?? null;
  results.push({
    label: 'timeline: first draw (navigation → rows drawn, next frame)',
    ms: round(median(draws.map((d) => d.frameMs))),
    targetMs: TARGET.firstDrawMs,
    note: `median of ${RUNS} reloads; ${rowCount} rows; mark 'timeline-rendered' at ${round(median(draws.map((d) => d.markMs)))} ms`,
  });

  const scrolls = [];
  for (let i = 0; i < RUNS; i += 1) {
    await page.evaluate(() => {
      const scroller = document.querySelector('.tl-scroll');
      if (scroller) scroller.scrollTo(0, 0);
    });
    const figure = await page.evaluate(scrollAndWatch);
    scrolls.push(figure);
    log(
      `timeline scroll ${i + 1}: ${figure.frames} frames, ${figure.longTasks} long task(s), longest ${round(figure.longestTaskMs)} ms; ` +
        `longest frame gap ${round(figure.longestFrameMs)} ms; ${figure.rowsDrawn} rows in the DOM of ${figure.scrollHeight} px`,
    );
  }
  const longest = Math.max(...scrolls.map((s) => s.longestTaskMs));
  results.push({
    label: 'timeline: longest task while scrolling',
    ms: round(longest),
    targetMs: TARGET.longestTaskMs,
    note:
      `${RUNS} runs of ${scrolls[0]?.frames} scroll steps (a screenful down per frame, then along time, then jumps); ` +
      `PerformanceObserver 'longtask' (reports tasks ≥ 50 ms; 0 = none); ${scrolls.reduce((n, s) => n + s.longTasks, 0)} long task(s) in all; ` +
      `longest frame gap ${round(Math.max(...scrolls.map((s) => s.longestFrameMs)))} ms; ${scrolls[0]?.rowsDrawn} rows drawn at a time`,
  });

  const events = [];
  for (let i = 0; i < RUNS; i += 1) events.push(await firstDraw(page, `${origin}/events`, 'events-list-rendered', '.events-table tbody tr'));
  results.push({
    label: 'events list: first draw (navigation → table drawn, next frame)',
    ms: round(median(events.map((d) => d.frameMs))),
    targetMs: null,
    note: `median of ${RUNS} reloads; ${events[0]?.rows} events listed`,
  });
  return results;
}
